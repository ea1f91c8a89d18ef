package org.lector.source;

import org.lector.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportXmlReaderTest {

    private static final String HEAD = "<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" xml:lang=\"de\">\n"
            + "<siteinfo><sitename>W</sitename><namespaces><namespace key=\"0\" />"
            + "<namespace key=\"1\">Diskussion</namespace></namespaces></siteinfo>\n";

    private static String page(String title, int ns, String text) {
        return "<page><title>" + title + "</title><ns>" + ns + "</ns><revision><text xml:space=\"preserve\">"
                + text + "</text></revision></page>\n";
    }

    private static List<RawArticle> readAll(String xml) {
        return readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<RawArticle> readAll(InputStream in) {
        List<RawArticle> out = new ArrayList<>();
        try (ExportXmlReader reader = new ExportXmlReader(in, "dump.xml")) {
            reader.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void readsTheCorpusExports() throws IOException {
        List<RawArticle> apollo = readAll(Files.newInputStream(Corpus.article("apollo-11.xml")));
        assertThat(apollo).extracting(RawArticle::title).containsExactly("Apollo 11");
        assertThat(apollo.get(0).wikitext()).startsWith("{{About|the 1969 manned lunar mission}}");
        assertThat(apollo.get(0).language()).isEqualTo("en");

        List<RawArticle> tables = readAll(Files.newInputStream(Corpus.article("enwiki-table-markup.xml")));
        assertThat(tables).extracting(RawArticle::title).containsExactly(
                "Constructive vote of no confidence", "List of Prison Break characters",
                "Academy Award for Best Production Design", "Economy of Estonia", "Brahui language");
        assertThat(tables.get(1).wikitext()).startsWith("{{DISPLAYTITLE:List of ''Prison Break'' characters}}")
                .doesNotContain("&lt;").contains("<ref");
    }

    @Test
    void keepsOnlyArticlesAndTheLastRevision() {
        String xml = HEAD
                + page("Diskussion:Foo", 1, "talk")
                + "<page><title>Alt</title><ns>0</ns><redirect title=\"Neu\" /><revision><text>#WEITERLEITUNG [[Neu]]</text></revision></page>\n"
                + page("Old", 0, "#redirect [[New]]")
                + "<page><title>Neu</title><ns>0</ns>"
                + "<revision><text>erste Fassung</text></revision>"
                + "<revision><text>'''Neu''' &amp; besser</text></revision></page>\n"
                + "<page><title>Ohne ns</title><revision><text>alt</text></revision></page>\n"
                + "<page><title>Diskussion:Ohne ns</title><revision><text>alt</text></revision></page>\n"
                + "</mediawiki>";
        List<RawArticle> articles = readAll(xml);
        assertThat(articles).extracting(RawArticle::title).containsExactly("Neu", "Ohne ns");
        assertThat(articles.get(0)).isEqualTo(new RawArticle("Neu", "'''Neu''' & besser", "de", List.of()));
    }

    @Test
    void malformedXmlFailsWithTheLineButEarlierPagesStay() {
        String xml = HEAD + page("Eins", 0, "eins") + "<page><title>Zwei</title>\n<ns>0</ns><revision><text>a < b</text>";
        List<RawArticle> got = new ArrayList<>();
        ExportXmlReader reader = new ExportXmlReader(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "dump.xml");
        assertThatThrownBy(() -> reader.forEachRemaining(got::add))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
                .hasMessageStartingWith("dump.xml: malformed export XML at line 5");
        assertThat(got).extracting(RawArticle::title).containsExactly("Eins");
        assertThat(reader.hasNext()).isFalse();
        reader.close();
    }

    @Test
    void doesNotResolveExternalEntities() throws IOException {
        java.nio.file.Path secret = Files.createTempFile("lector-secret", ".txt");
        Files.writeString(secret, "TOP SECRET");
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE mediawiki [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<mediawiki>" + page("X", 0, "a &x; b") + "</mediawiki>";
        try {
            List<RawArticle> got = new ArrayList<>();
            try {
                got.addAll(readAll(xml));
            } catch (InputException expected) {
                assertThat(expected.kind()).isEqualTo(InputException.Kind.INVALID);
            }
            assertThat(got).noneMatch(a -> a.wikitext().contains("TOP SECRET"));
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void streamsPagesWithoutReadingTheWholeInput() {
        // 2 MB of pages, then a stream that fails if anyone reads it: the first page must come out first.
        StringBuilder xml = new StringBuilder(HEAD);
        while (xml.length() < 2_000_000) {
            xml.append(page("P" + xml.length(), 0, "Text ".repeat(200)));
        }
        InputStream poisoned = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("read past the first pages");
            }
        };
        InputStream in = new SequenceInputStream(
                new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)), poisoned);
        try (ExportXmlReader reader = new ExportXmlReader(in, "big.xml")) {
            assertThat(reader.next().title()).isEqualTo("P" + HEAD.length());
            assertThat(reader.next().wikitext()).startsWith("Text Text");
        }
    }
}
