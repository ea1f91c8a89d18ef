package org.lector.source;

import org.lector.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditPageChromeTest {

    @Test
    void stripsTheSeedsChromeAndRecoversItsTitle() {
        String seed = Corpus.text(Corpus.article(Corpus.SEED));
        EditPageChrome.Stripped stripped = EditPageChrome.strip(seed);

        assertThat(stripped.title()).contains("Joseph Stalin");
        assertThat(stripped.text()).startsWith("==Consolidation of power== {{Main|Joseph Stalin's rise to power}}")
                .endsWith("{{sfn|Harris|2017|pp=1β5, 16}}")
                .doesNotContain("Warning: You are not logged in")
                .doesNotContain("Anti-spam")
                .doesNotContain("Summary: Please note")
                .doesNotContain("Editing help");
        assertThat(stripped.warnings()).containsExactly(
                "removed MediaWiki edit-page text before the wikitext (page title: Joseph Stalin)",
                "removed MediaWiki edit-page text after the wikitext");
    }

    @Test
    void stripsWikipediasCurrentEditFormCopiedWithNewlines() {
        String page = """
                Editing Cattle (section)
                You are not logged in. Your IP address will be publicly visible if you make any edits. \
                If you log in or create an account, your edits will be attributed to your username.
                Content that violates any copyrights will be deleted. Encyclopedic content must be \
                verifiable through citations to reliable sources.
                == Etymology ==
                '''Cattle''' were originally called [[beef]].
                Summary:
                By publishing changes, you agree to the Terms of Use, and you irrevocably agree to release \
                your contribution under the CC BY-SA 4.0 License and the GFDL.
                Publish changes Show preview Show changes Cancel
                """;
        EditPageChrome.Stripped stripped = EditPageChrome.strip(page);
        assertThat(stripped.title()).contains("Cattle");
        assertThat(stripped.text())
                .isEqualTo("== Etymology ==\n'''Cattle''' were originally called [[beef]].");
    }

    @Test
    void keepsArticlesThatOnlyMentionTheWords() {
        String article = "{{Short description|Web usability}}\n'''Login walls''' show \"You are not logged in.\" "
                + "and \"Anti-spam check.\" messages.\n== See also ==\n* Please note that all contributions to wikis";
        EditPageChrome.Stripped stripped = EditPageChrome.strip(article);
        assertThat(stripped.text()).isSameAs(article);
        assertThat(stripped.title()).isEqualTo(Optional.empty());
        assertThat(stripped.warnings()).isEmpty();
    }

    @Test
    void ordinaryCorpusArticlesAreUnchanged() {
        for (Path file : Corpus.ordinaryWikiFiles()) {
            String text = Corpus.text(file);
            EditPageChrome.Stripped stripped = EditPageChrome.strip(text);
            assertThat(stripped.text()).as(file.toString()).isSameAs(text);
            assertThat(stripped.title()).as(file.toString()).isEmpty();
        }
    }
}
