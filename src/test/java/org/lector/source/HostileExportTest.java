package org.lector.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exports built to get past the reader: any amount of prolog before the root, a page far larger
 * than any article, control characters that XML 1.1 allows. Each is read as far as it can be,
 * and one bad page never costs the pages around it.
 */
class HostileExportTest {
    private static final String PAGES = "<mediawiki xml:lang=\"en\">"
            + "<page><title>First</title><ns>0</ns><revision><text>One.</text></revision></page>"
            + "<page><title>Second</title><ns>0</ns><revision><text>Two.</text></revision></page></mediawiki>";

    private static List<RawArticle> read(InputStream in, long maxBytes) {
        List<RawArticle> out = new ArrayList<>();
        try (ArticleStream articles = ArticleReader.open(in, "dump.xml", maxBytes)) {
            articles.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<RawArticle> read(String xml) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ArticleReader.DEFAULT_MAX_BYTES);
    }

    @Test
    void anExportAfterAnyAmountOfWhitespaceAndCommentsIsStillAnExport() {
        // the sniffing used to look at the first 4 KB only, and read the rest as wikitext
        for (String prolog : List.of(" ".repeat(5000), "\n".repeat(300_000), "<!-- dump -->\n".repeat(2000),
                "<?xml version=\"1.0\"?>\n" + "<!-- a comment with -- and -> inside --->".repeat(500) + "<?pi x?>",
                "  \n<!-- comments before the declaration -->\n<?xml version=\"1.0\" encoding=\"utf-8\"?>\n")) {
            assertThat(read(prolog + PAGES)).as("after %d characters of prolog", prolog.length())
                    .extracting(RawArticle::title).containsExactly("First", "Second");
        }
    }

    @Test
    void wikitextThatStartsWithACommentIsStillWikitext() {
        assertThat(read("<!-- note to editors -->\n'''Bold''' text.")).singleElement()
                .satisfies(a -> assertThat(a.wikitext()).startsWith("<!-- note to editors -->"));
        assertThat(read("<!-- never closed\n" + "text ".repeat(100_000))).singleElement()
                .satisfies(a -> assertThat(a.wikitext()).endsWith("text "));
    }

    @Test
    void aPageLargerThanTheLimitIsRefusedAloneWithoutBeingHeld() {
        long hugeChars = 300L << 20; // 300 MB of text in one page, streamed, never in memory
        InputStream dump = new SequenceInputStream(Collections.enumeration(List.of(
                utf8("<mediawiki><page><title>Small one</title><ns>0</ns><revision><text>Before.</text></revision></page>"
                        + "<page><title>Huge</title><ns>0</ns><revision><text>"),
                repeated('a', hugeChars),
                utf8("</text></revision></page><page><title>Small two</title><ns>0</ns><revision><text>After.</text>"
                        + "</revision></page></mediawiki>"))));
        List<RawArticle> pages = read(dump, 1 << 20);
        assertThat(pages).extracting(RawArticle::title).containsExactly("Small one", "Huge", "Small two");
        assertThat(pages.get(0).wikitext()).isEqualTo("Before.");
        assertThat(pages.get(2).wikitext()).isEqualTo("After.");
        assertThat(pages.get(1).isRefused()).isTrue();
        assertThat(pages.get(1).refusal().kind()).isEqualTo(InputException.Kind.TOO_LARGE);
        assertThat(pages.get(1).refusal().reason()).isEqualTo("the page \"Huge\" in dump.xml is larger than the limit of 1 MB for one article");
        assertThat(pages.get(1).wikitext()).isEmpty();
    }

    @Test
    void controlCharactersOfAnXml11ExportReachNeitherTitleNorText() {
        String xml = "<?xml version=\"1.1\"?><mediawiki><page><title>Clear&#x1b;[2J&#x1;Title</title><ns>0</ns>"
                + "<revision><text>Bell&#x7;, escape&#x1b;[2J and C1&#x85;&#x9b; gone.</text></revision></page></mediawiki>";
        RawArticle page = read(xml).get(0);
        assertThat(page.title()).isEqualTo("Clear [2J Title");
        assertThat(page.wikitext()).isEqualTo("Bell, escape[2J and C1 gone.");
        assertThat(page.warnings()).contains("removed 4 NUL or control character(s)");
    }

    @Test
    void titlesAreOneLineWithNoControlCharactersAndNoBrokenCodePoints() {
        assertThat(TextHygiene.title("A\u0000B\tC\nD\u009bE")).isEqualTo("A B C D E");
        assertThat(TextHygiene.title("  lone \uD800 surrogate ")).isEqualTo("lone \uFFFD surrogate");
        String astral = "\uD835\uDC9C".repeat(100);
        assertThat(TextHygiene.title(astral)).isEqualTo(astral);
        assertThat(new RawArticle("Bad\u001b[2Jtitle", "x", "en", List.of()).title()).isEqualTo("Bad [2Jtitle");
    }

    @Test
    void codePointsThatAreNoCharactersBecomeTheReplacementCharacter() {
        List<String> warnings = new ArrayList<>();
        assertThat(TextHygiene.text("a\uD800b\uFFFEc\uFDD0d\uD83D\uDE00e", warnings)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uD83D\uDE00e");
        assertThat(warnings).singleElement().asString().startsWith("replaced 3 code point(s)");
    }

    private static InputStream utf8(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code count} copies of one ASCII byte, made as they are read. */
    private static InputStream repeated(char c, long count) {
        return new InputStream() {
            private long left = count;

            @Override
            public int read() {
                return left-- > 0 ? c : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                Arrays.fill(b, off, off + n, (byte) c);
                left -= n;
                return n;
            }
        };
    }
}
