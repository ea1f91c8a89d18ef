package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.wikitext.Articles.parse;
import static org.lector.wikitext.Articles.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.PlainText;
import org.lector.document.Section;
import org.lector.document.Table;

/**
 * Block markup that MediaWiki reads after expanding what stands before it: tables built from
 * {@code {{!}}}, headings that conditionals and arguments yield, headings after invisible
 * markup, and lines of "=" only (cases of Parsoid's parser tests, which once left their markup
 * in the text).
 */
class BlockMarkupTest {
    private static List<String> headings(Article a) {
        return a.sections().stream().map(s -> PlainText.of(s.heading())).toList();
    }

    private static List<List<String>> cells(Block table) {
        return ((Table) table).rows().stream()
                .map(r -> r.cells().stream().map(c -> PlainText.of(c.content()).strip()).toList()).toList();
    }

    @Test
    void aTableBuiltFromPipeTemplatesIsATable() {
        Article a = parse("{{{!}}\n{{!}} a {{!}}{{!}} b\n{{!}}-\n{{!}} c\n{{!}}}\nAfter.");
        assertThat(a.lead()).hasSize(2);
        assertThat(cells(a.lead().get(0))).containsExactly(List.of("a", "b"), List.of("c"));
        assertThat(text(a.lead().get(1))).isEqualTo("After.");
    }

    @Test
    void theParsoidTableOfPipeTemplatesKeepsItsCellsAndAttributes() {
        Article a = parse("{{{!}} class=\"wikitable\"\n!header\n!second header\n{{!}}- style=\"color:red;\"\n"
                + "{{!}}data{{!}}{{!}} style=\"color:red;\"{{!}}second data\n{{!}}}");
        assertThat(cells(a.lead().get(0))).containsExactly(List.of("header", "second header"), List.of("data", "second data"));
    }

    @Test
    void enwikiTableTemplatesOpenRowAndCloseTables() {
        Article a = parse("{{(!}}\n| a {{!!}} b\n{{!-}}\n| c\n{{!)}}");
        assertThat(cells(a.lead().get(0))).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @Test
    void aPipeTemplateInsideACellIsAPipe() {
        Article a = parse("{|\n| colspan=\"1\" |foo {{!}} bar\n| width=60{{!}} foo\n|}");
        assertThat(cells(a.lead().get(0))).containsExactly(List.of("foo | bar", "foo"));
    }

    @Test
    void aPipeTemplateInRunningTextStaysAPipe() {
        assertThat(text(parse("{{!}} is a magic word").lead().get(0))).isEqualTo("| is a magic word");
    }

    @Test
    void headingsThatConditionalsYieldAreHeadings() {
        Article a = parse("{{#if:1|\n==foo==\n|unused}}\n==bar==\ntext\n{{#ifeq:a|a|\n=== baz ===\n}}\nmore\n"
                + "{{#switch:x|x=\n== qux ==\n|#default=no}}\nend");
        assertThat(headings(a)).containsExactly("foo", "bar", "qux");
        Section bar = a.sections().get(1);
        assertThat(PlainText.of(bar.subsections().get(0).heading())).isEqualTo("baz");
    }

    @Test
    void aConditionalStillReadsInlineAndTrimsAsMediaWikiDoes() {
        assertThat(text(parse("a {{#if:1| b |c}} d").lead().get(0))).isEqualTo("a b d");
        assertThat(text(parse("a{{#if:|b|}}c").lead().get(0))).isEqualTo("ac");
    }

    @Test
    void headingsAndListsInAnArgumentDefaultAreRead() {
        Article a = parse("{{{foo|\n==tplarg==\n|abcd}}}\n==bar==\nx\n\n{{{1|\n* one\n* two\n}}}");
        assertThat(headings(a)).containsExactly("tplarg", "bar");
        assertThat(a.sections().get(1).blocks()).hasSize(2);
    }

    @Test
    void headingsAfterIncludeonlyCommentsAndSwitchesOnTheirLine() {
        Article a = parse("<includeonly><!--hello1 --></includeonly>== test 1 == <includeonly><!--hello2 --></includeonly>\n"
                + "<noinclude><!--hello3 --></noinclude>== test 2 == <noinclude><!--hello4 --></noinclude>\n"
                + "<onlyinclude><!--hello5 --></onlyinclude>== test 3 == <onlyinclude><!--hello6 --></onlyinclude>\n"
                + "<includeonly>can have stuff</includeonly>===here===\n\n__INDEX__== hi ==\n"
                + "<!-- comment --><noinclude><!-- comment --></noinclude><!-- comment -->==hu==\nx");
        assertThat(headings(a)).containsExactly("test 1", "test 2", "test 3", "hi", "hu");
        assertThat(PlainText.of(a.sections().get(2).subsections().get(0).heading())).isEqualTo("here");
    }

    @Test
    void headingLinesWithTrailingSpacesAndComments() {
        Article a = parse("== foo ==   \nx\n== bar == <!-- c -->  \ny");
        assertThat(headings(a)).containsExactly("foo", "bar");
    }

    @Test
    void aLineOfEqualsSignsIsAHeadingOfTheMiddleOnes() {
        // MediaWiki (T21910): "===" is a level-1 heading reading "="; "==" is text
        Article a = parse("=== \nThe line above must have a trailing space!\n=== <!--\n--> <!-- -->\nBut just in case it doesn't...");
        assertThat(headings(a)).containsExactly("=", "=");
        assertThat(text(a.sections().get(0).blocks().get(0))).isEqualTo("The line above must have a trailing space!");
        assertThat(headings(parse("=====\nx"))).containsExactly("=");
        assertThat(headings(parse("==\nx"))).isEmpty();
    }
}
