package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void titlesBecomeSafeFolderNames() {
        assertThat(Slugs.slug("Joseph Stalin")).isEqualTo("joseph-stalin");
        assertThat(Slugs.slug("Valentin Haüy")).isEqualTo("valentin-hauy");
        assertThat(Slugs.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(Slugs.slug("CON")).isEqualTo("con-article");
        assertThat(Slugs.slug("...")).isEqualTo("article");
        assertThat(Slugs.slug("x".repeat(300))).hasSize(80);
    }

    @Test
    void vowelSignsOfIndicScriptsStay() {
        // കേരളം: the vowel signs are combining marks, and without them the word is another word
        assertThat(Slugs.slug("കേരളം")).isEqualTo("കേരളം");
        assertThat(Slugs.slug("मगही भाषा")).isEqualTo("मगही-भाषा");
    }

    @Test
    void clashingTitlesGetDistinctNames() {
        Slugs slugs = new Slugs();
        assertThat(slugs.unique("Apollo 11")).isEqualTo("apollo-11");
        assertThat(slugs.unique("Apollo-11")).isEqualTo("apollo-11-2");
        assertThat(slugs.unique("apollo 11")).isEqualTo("apollo-11-3");
    }
}
