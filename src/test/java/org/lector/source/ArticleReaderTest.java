package org.lector.source;

import org.lector.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static List<RawArticle> readAll(ArticleStream stream) {
        List<RawArticle> out = new ArrayList<>();
        try (stream) {
            stream.forEachRemaining(out::add);
        }
        return out;
    }

    private static ArticleStream open(String text, String name) {
        return ArticleReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void normalisesTheSeed() {
        List<RawArticle> articles = readAll(ArticleReader.open(Corpus.article(Corpus.SEED)));
        assertThat(articles).hasSize(1);
        RawArticle seed = articles.get(0);

        assertThat(seed.title()).isEqualTo("Joseph Stalin");
        assertThat(seed.language()).isEqualTo("en");
        assertThat(seed.wikitext()).startsWith("==Consolidation of power==\n{{Main|Joseph Stalin's rise to power}}")
                .doesNotContain("Warning: You are not logged in")
                .doesNotContain("Anti-spam")
                .doesNotContain("Summary: Please note")
                .doesNotContain("β")
                .contains("\n=== 1924–1927: Succeeding Lenin ===\n")
                .contains("\n=== 1932–1939: Major crises ===\n")
                .contains("\n====The Great Terror====\n")
                .contains("{{sfnm|1a1=Conquest|1y=1991|1p=110|2a1=Montefiore|2y=2003|2p=30|3a1=Service|3y=2004|3p=219|4a1=Kotkin|4y=2014|4pp=542–543}}")
                .endsWith("{{sfn|Harris|2017|pp=1–5, 16}}");
        assertThat(seed.wikitext().lines().filter(l -> l.startsWith("="))).hasSize(9);
        assertThat(seed.warnings()).containsExactly(
                "repaired 85 dash(es) garbled as β",
                "removed MediaWiki edit-page text before the wikitext (page title: Joseph Stalin)",
                "removed MediaWiki edit-page text after the wikitext",
                "restored line breaks around 9 heading(s) in text whose newlines had been flattened to spaces");
    }

    @Test
    void ordinaryWikiFilesPassThroughUnchanged() {
        for (Path file : Corpus.ordinaryWikiFiles()) {
            List<RawArticle> articles = readAll(ArticleReader.open(file));
            assertThat(articles).as(file.toString()).hasSize(1);
            RawArticle article = articles.get(0);
            assertThat(article.wikitext()).as(file.toString()).isEqualTo(Corpus.text(file));
            assertThat(article.warnings()).as(file.toString()).isEmpty();
            assertThat(article.title()).as(file.toString())
                    .isEqualTo(ArticleReader.titleFromSourceName(file.getFileName().toString()));
        }
        assertThat(readAll(ArticleReader.open(Corpus.article("barack-obama.wiki"))).get(0).title())
                .isEqualTo("Barack obama");
        assertThat(readAll(ArticleReader.open(Corpus.article("kerala-ml.wiki"))).get(0).language()).isEqualTo("ml");
        assertThat(readAll(ArticleReader.open(Corpus.article("mozilla-firefox-de.wiki"))).get(0).language())
                .isEqualTo("de");
    }

    @Test
    void exportXmlIsStreamedPageByPage() {
        assertThat(readAll(ArticleReader.open(Corpus.article("apollo-11.xml"))))
                .extracting(RawArticle::title).containsExactly("Apollo 11");
        List<RawArticle> pages = readAll(ArticleReader.open(Corpus.article("enwiki-table-markup.xml")));
        assertThat(pages).extracting(RawArticle::title).containsExactly(
                "Constructive vote of no confidence", "List of Prison Break characters",
                "Academy Award for Best Production Design", "Economy of Estonia", "Brahui language");
        assertThat(pages).allSatisfy(p -> assertThat(p.language()).isEqualTo("en"));
    }

    @Test
    void sniffsXmlAfterBomDeclarationAndComments() {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- dump -->\n"
                + "<mediawiki xml:lang=\"en\"><page><title>Range</title><ns>0</ns><revision>"
                + "<text>From 1924β1927 and 1930β1931, Stalinâ€™s</text></revision></page></mediawiki>";
        List<RawArticle> pages = readAll(open(xml, "dump.xml"));
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Range");
            assertThat(p.wikitext()).isEqualTo("From 1924–1927 and 1930–1931, Stalin’s");
            assertThat(p.warnings()).hasSize(2);
        });
        // a wiki file that merely mentions the element is not XML
        assertThat(readAll(open("<mediawikiish> is not a tag\n", "x.wiki")).get(0).wikitext())
                .isEqualTo("<mediawikiish> is not a tag\n");
    }

    @Test
    void titlesFromSourceNames() {
        assertThat(ArticleReader.titleFromSourceName("/corpus/barack-obama.wiki")).isEqualTo("Barack obama");
        assertThat(ArticleReader.titleFromSourceName("stalin-1924-1939.seed.wiki")).isEqualTo("Stalin 1924 1939");
        assertThat(ArticleReader.titleFromSourceName("C:\\docs\\ibn_al_haytham.txt")).isEqualTo("Ibn al haytham");
        assertThat(ArticleReader.titleFromSourceName("émile.wiki")).isEqualTo("Émile");
        assertThat(ArticleReader.titleFromSourceName("-")).isEqualTo("Untitled");
        assertThat(readAll(open("Plain text.\n", "-")).get(0).title()).isEqualTo("Untitled");
    }

    @Test
    void refusesInputsOverTheSizeLimit() {
        byte[] big = "x".repeat(2000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ArticleReader.open(new ByteArrayInputStream(big), "-", 1024))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.TOO_LARGE))
                .hasMessage("standard input is larger than the limit of 1024 bytes for a wikitext file");
    }

    @Test
    void mapsFileProblemsToUnreadable(@TempDir Path dir) {
        Path missing = dir.resolve("nope.wiki");
        assertThatThrownBy(() -> ArticleReader.open(missing))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.UNREADABLE))
                .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> ArticleReader.open(dir))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.UNREADABLE))
                .hasMessage(dir + " is a directory, not a file");
    }

    @Test
    void refusesBinaryFiles(@TempDir Path dir) throws IOException {
        Path png = dir.resolve("image.wiki");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        assertThatThrownBy(() -> ArticleReader.open(png))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
                .hasMessage(png + " looks like a binary file, not wikitext");
    }

    @Test
    void malformedXmlSurfacesDuringIteration() {
        String xml = "<mediawiki><page><title>A</title><ns>0</ns><revision><text>a</text></revision></page>\n<page><title>B</oops>";
        List<RawArticle> got = new ArrayList<>();
        try (ArticleStream stream = open(xml, "bad.xml")) {
            assertThatThrownBy(() -> stream.forEachRemaining(got::add))
                    .isInstanceOf(InputException.class)
                    .hasMessageStartingWith("bad.xml: malformed export XML at line 2");
        }
        assertThat(got).extracting(RawArticle::title).containsExactly("A");
    }
}
