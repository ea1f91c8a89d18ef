package org.lector.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.lector.testing.Corpus;

/** Wikitext whose markup arrived XML-escaped is found and unescaped; real text with a few escapes is left alone. */
class EscapedMarkupTest {

    private static List<RawArticle> read(String text, String name) {
        List<RawArticle> out = new ArrayList<>();
        try (ArticleStream s = ArticleReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name)) {
            s.forEachRemaining(out::add);
        }
        return out;
    }

    @Test
    void aCorpusArticleEscapedWholeIsReadAsItsOriginal() {
        String original = Corpus.text(Corpus.article("magahi-language.wiki"));
        RawArticle read = read(StringEscapeUtils.escapeXml10(original), "magahi.wiki").get(0);
        assertThat(read.wikitext()).isEqualTo(original);
        assertThat(read.warnings()).singleElement().asString()
                .startsWith("the wikitext's markup was XML-escaped (").contains("&lt;ref&gt;");
    }

    @Test
    void aDoublyEscapedExportPageIsUnescapedOnce() {
        String page = "Claim.&amp;lt;ref&amp;gt;Source&amp;lt;/ref&amp;gt; More.&amp;lt;ref&amp;gt;Two&amp;lt;/ref&amp;gt;"
                + " Last.&amp;lt;ref name=&amp;quot;a&amp;quot; /&amp;gt; A &amp;amp;lt; B.";
        String xml = "<mediawiki><page><title>T</title><ns>0</ns><revision><text>" + page
                + "</text></revision></page></mediawiki>";
        RawArticle read = read(xml, "dump.xml").get(0);
        assertThat(read.wikitext()).isEqualTo(
                "Claim.<ref>Source</ref> More.<ref>Two</ref> Last.<ref name=\"a\" /> A &lt; B.");
        assertThat(read.warnings()).hasSize(1);
    }

    @Test
    void realMarkupWithAFewEscapesIsLeftAlone() {
        String text = "If x &lt; y and y &lt; z then x &lt; z.<ref>Proof.</ref> Write &lt;ref&gt; to cite,"
                + " as in &lt;ref&gt;…&lt;/ref&gt;.<ref>Help:Footnotes.</ref>";
        assertThat(EscapedMarkup.repair(text).text()).isEqualTo(text);
        assertThat(EscapedMarkup.repair(text).warnings()).isEmpty();
        for (var file : Corpus.ordinaryWikiFiles()) {
            assertThat(EscapedMarkup.repair(Corpus.text(file)).warnings()).as(file.toString()).isEmpty();
        }
    }

    @Test
    void escapesAreUndoneOnceLeftToRight() {
        assertThat(EscapedMarkup.unescape("&amp;lt;b&amp;gt; &lt;i&gt; &quot;q&quot; &#39;s &amp;nbsp; &copy;"))
                .isEqualTo("&lt;b&gt; <i> \"q\" 's &nbsp; &copy;");
        assertThat(EscapedMarkup.countTags("&lt;ref name=x&gt; &lt;/ref&gt; &lt;!-- c --&gt; &lt;refx &lt;5", "&lt;"))
                .isEqualTo(3);
    }
}
