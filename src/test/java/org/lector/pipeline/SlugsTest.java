package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @TempDir
    Path tmp;

    @Test
    void longTitlesAreCutByBytesBetweenWholeCharacters() throws IOException {
        // 100 characters outside the BMP: an 80-unit cut split a surrogate pair, an invalid name
        String astral = Slugs.slug("\uD840\uDC00".repeat(100));
        // 300 Malayalam characters, 3 bytes each: an 80-character cut gave a name over 255 bytes
        // with the braille suffix; the cut must not leave a consonant without its vowel sign
        // ("ab" first, so that the byte limit falls between ള and its sign ം)
        String kerala = "ab" + "കേരളം".repeat(60);
        String malayalam = Slugs.slug(kerala);
        for (String slug : new String[] {astral, malayalam}) {
            assertThat(slug.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(Slugs.MAX_BYTES).isGreaterThan(100);
            assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(slug)).as("no lone surrogate").isTrue();
            // the longest name a backend makes of it, for a title that clashed ten thousand times
            assertThat(Files.createFile(tmp.resolve(slug + "-10000.braille.txt"))).exists();
        }
        assertThat(astral).isEqualTo("\uD840\uDC00".repeat(30));
        assertThat(kerala).startsWith(malayalam);
        assertThat(Character.getType(kerala.codePointAt(malayalam.length()))).as("the next character starts a cluster")
                .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.COMBINING_SPACING_MARK);
    }

    @Test
    void clashingTitlesGetDistinctNames() {
        Slugs slugs = new Slugs();
        assertThat(slugs.unique("Apollo 11")).isEqualTo("apollo-11");
        assertThat(slugs.unique("Apollo-11")).isEqualTo("apollo-11-2");
        assertThat(slugs.unique("apollo 11")).isEqualTo("apollo-11-3");
    }
}
