package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.wikitext.Articles.parse;
import static org.lector.wikitext.Articles.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Article;
import org.lector.document.Emphasis;
import org.lector.document.Figure;
import org.lector.document.FigureGroup;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Text;

/**
 * Inline markup that once reached the reader's text as written (cases of Parsoid's and the Cite
 * extension's parser tests, and an attacker's variants of them).
 */
class InlineMarkupTest {
    @Test
    void aRefNameHoldingBracketsAndAnAngleIsARef() {
        Article a = parse("a<ref name=\"[#foo] {bar} <baz>\">[bar]</ref> b<ref name=\"[#foo] {bar} <baz>\" /> c");
        assertThat(text(a.lead().get(0))).isEqualTo("a b c");
        assertThat(a.notes()).hasSize(1);
        assertThat(PlainText.of(a.notes().get(0).content())).isEqualTo("[bar]");
        Article tidied = parse("<ref name=\"[#foo] {bar} <baz&gt;\">[bar]</ref>\n<references />");
        assertThat(tidied.notes()).extracting(n -> PlainText.of(n.content())).containsExactly("[bar]");
    }

    @Test
    void quotesInGalleryCaptionsAreEmphasis() {
        Article a = parse("<gallery caption=\"''Big'' '''one'''\">\nFile:A.jpg|''cap'' [[B|'''b''']]\n</gallery>");
        FigureGroup g = (FigureGroup) a.lead().get(0);
        assertThat(PlainText.of(g.caption())).isEqualTo("Big one");
        assertThat(g.caption()).contains(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("Big"))));
        assertThat(PlainText.of(g.figures().get(0).caption())).isEqualTo("cap b");
    }

    @Test
    void aGalleryLineOutsideTheFileNamespaceNamesNoImage() {
        Article a = parse("<gallery>\n:'''''Albert Willimsky''' ''Geboren am 28.2.1890''\nFile:B.jpg\n</gallery>");
        FigureGroup g = (FigureGroup) a.lead().get(0);
        assertThat(g.figures()).extracting(Figure::fileName).containsExactly("B.jpg");
        assertThat(a.warnings()).contains("gallery line naming no file dropped");
    }

    @Test
    void quotesTypedIntoALinkTargetAreNotReadFromItsLabel() {
        assertThat(text(parse("[[Foo''s bar''s]] and [[''Main Page'']] and [[Foo's]]").lead().get(0)))
                .isEqualTo("Foos bars and Main Page and Foo's");
        assertThat(text(parse("[[Foo|''it'' '''b''']]").lead().get(0))).isEqualTo("it b");
    }

    @Test
    void fileNamesAreDecodedAsMediaWikiReadsLinkTargets() {
        Article a = parse("[[File:Hi&#45;ho.jpg|thumb]]\n\n<gallery>\nFile:file &amp; file.jpg\nfile %26 file.jpg\n"
                + "File:Foo's ''italic'' bar.jpg\n</gallery>\n\n[[File:A&vert;b&apos;c.jpg|thumb]]\n\n[[File:x_%E2%80%93_y.jpg|thumb]]");
        assertThat(((Figure) a.lead().get(0)).fileName()).isEqualTo("Hi-ho.jpg");
        assertThat(((FigureGroup) a.lead().get(1)).figures()).extracting(Figure::fileName)
                .containsExactly("file & file.jpg", "file & file.jpg", "Foo's italic bar.jpg");
        assertThat(((Figure) a.lead().get(2)).fileName()).isEqualTo("A b'c.jpg");
        assertThat(((Figure) a.lead().get(3)).fileName()).isEqualTo("x – y.jpg");
    }

    @Test
    void anAddressInAltTextIsDecoded() {
        Article a = parse("[[File:Foobar.jpg|alt=http://testing.123?4=5&#x7C;6|caption]]");
        assertThat(((Figure) a.lead().get(0)).alt()).isEqualTo("http://testing.123?4=5|6");
    }

    @Test
    void htmlTagsWhoseAttributesTemplatesWriteAreTags() {
        assertThat(text(parse("<div style={{1x|'color:red;'}}>foo</div>").lead().get(0))).isEqualTo("foo");
        assertThat(text(parse("<div {{1x|style}}={{1x|'color:red;'}}>foo</div>").lead().get(0))).isEqualTo("foo");
        assertThat(text(parse("<span id=\"{{anchorencode:x}}\"></span>after").lead().get(0))).isEqualTo("after");
        assertThat(text(parse("<span <includeonly>id=\"v1\"</includeonly><noinclude>id=\"v2\" </noinclude>>bar</span>")
                .lead().get(0))).isEqualTo("bar");
        List<Inline> bold = ((Paragraph) parse("<b {{x}}>bold</b> plain").lead().get(0)).content();
        assertThat(bold.get(0)).isEqualTo(new Emphasis(Emphasis.Style.BOLD, List.of(new Text("bold"))));
    }

    @Test
    void aTagSplitOverLinesIsATag() {
        assertThat(text(parse("foo <hr\n> bar").lead().get(0))).isEqualTo("foo bar");
    }

    @Test
    void aColonInsideATagDoesNotEndADefinitionTerm() {
        ListBlock list = (ListBlock) parse(";<b style=\"display: inline\">bold</b>").lead().get(0);
        assertThat(PlainText.of(list.items().get(0).term())).isEqualTo("bold");
        assertThat(list.items().get(0).content()).isEmpty();
        ListBlock split = (ListBlock) parse(";term <b>x</b>: definition").lead().get(0);
        assertThat(PlainText.of(split.items().get(0).content())).isEqualTo("definition");
    }

    @Test
    void rubyTextContainersAreTransparent() {
        assertThat(text(parse("明日(Ashita <rtc>あした</rtc>)").lead().get(0))).isEqualTo("明日(Ashita あした)");
    }

    @Test
    void thePipeTrickDropsTheQualifier() {
        assertThat(LinkRenderer.withoutQualifier("Paris (France)")).isEqualTo("Paris");
        assertThat(LinkRenderer.withoutQualifier("A (b) (c) ")).isEqualTo("A (b)");
        assertThat(LinkRenderer.withoutQualifier("Paris, Texas")).isEqualTo("Paris");
        assertThat(LinkRenderer.withoutQualifier("A b)")).isEqualTo("A b)");
        assertThat(LinkRenderer.withoutQualifier(")")).isEqualTo(")");
        assertThat(text(parse("[[Paris (France)|]] and [[Help:Paris, Texas|]]").lead().get(0))).isEqualTo("Paris and Paris");
    }
}
