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
import org.lector.document.Link;
import org.lector.document.ListBlock;
import org.lector.document.MathInline;
import org.lector.document.NoteRef;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Quote;
import org.lector.document.Section;
import org.lector.document.Table;
import org.lector.document.Text;

class WikitextParserTest {
    @Test
    void headingsFormNestedSections() {
        Article a = parse("Lead.\n== One ==\nA.\n=== One.1 ===\nB.\n== Two ==\nC.");
        assertThat(a.lead()).hasSize(1);
        assertThat(a.sections()).extracting(s -> PlainText.of(s.heading())).containsExactly("One", "Two");
        Section one = a.sections().get(0);
        assertThat(one.level()).isEqualTo(2);
        assertThat(one.subsections()).hasSize(1);
        assertThat(PlainText.of(one.subsections().get(0).heading())).isEqualTo("One.1");
        assertThat(text(one.subsections().get(0).blocks().get(0))).isEqualTo("B.");
    }

    @Test
    void paragraphsSplitAtBlankLinesAndJoinLines() {
        Article a = parse("first line\nsame paragraph\n\nsecond");
        assertThat(a.lead()).extracting(Articles::text).containsExactly("first line same paragraph", "second");
    }

    @Test
    void apostrophesBecomeEmphasis() {
        Article a = parse("a ''italic'' and '''bold''' and '''''both''''' end");
        List<Inline> c = ((Paragraph) a.lead().get(0)).content();
        assertThat(c).contains(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("italic"))));
        assertThat(c).contains(new Emphasis(Emphasis.Style.BOLD, List.of(new Text("bold"))));
        assertThat(PlainText.of(c)).isEqualTo("a italic and bold and both end");
    }

    @Test
    void linksReadAsTheirLabelWithTrail() {
        Article a = parse("[[Lenin's Mausoleum|mausoleum]] in [[Red Square]] and [[apple]]s and [[Paris (France)|]].");
        List<Inline> c = ((Paragraph) a.lead().get(0)).content();
        assertThat(PlainText.of(c)).isEqualTo("mausoleum in Red Square and apples and Paris.");
        assertThat(c.get(0)).isEqualTo(new Link("Lenin's Mausoleum", false, List.of(new Text("mausoleum"))));
    }

    @Test
    void categoriesAndInterlanguageLinksAreDropped() {
        Article a = parse("Text.\n[[Category:People]]\n[[de:Josef Stalin]]");
        assertThat(a.lead()).extracting(Articles::text).containsExactly("Text.");
    }

    @Test
    void externalLinksKeepTheirLabelOnly() {
        Article a = parse("See [https://example.org the site] and [https://example.org].");
        assertThat(text(a.lead().get(0))).isEqualTo("See the site and .");
    }

    @Test
    void entitiesCommentsBreaksAndNowiki() {
        Article a = parse("a&nbsp;b &amp; c<!-- gone --> d<br/>e <nowiki>''kept''</nowiki>");
        assertThat(text(a.lead().get(0))).isEqualTo("a b & c d e ''kept''");
    }

    @Test
    void fileLinksBecomeFiguresHoistedOutOfTheParagraph() {
        Article a = parse("Before [[File:Stalin 1925.jpg|thumb|right|alt=Four men|Stalin and [[Alexei Rykov]]]] after.");
        assertThat(a.lead()).hasSize(3);
        Figure f = (Figure) a.lead().get(1);
        assertThat(f.fileName()).isEqualTo("Stalin 1925.jpg");
        assertThat(f.alt()).isEqualTo("Four men");
        assertThat(PlainText.of(f.caption())).isEqualTo("Stalin and Alexei Rykov");
        assertThat(text(a.lead().get(0))).isEqualTo("Before");
        assertThat(text(a.lead().get(2))).isEqualTo("after.");
    }

    @Test
    void iconSizedImagesStayInlineAsTheirCaption() {
        Article a = parse("Hosted by [[File:Flag of France.svg|20px|France]] and Spain.");
        assertThat(a.lead()).hasSize(1);
        assertThat(text(a.lead().get(0))).isEqualTo("Hosted by France and Spain.");
    }

    @Test
    void aDefinitionSplitsAtItsColonNotAtAnAddress() {
        Article a = parse(";Term: see http://example.org");
        ListBlock defs = (ListBlock) a.lead().get(0);
        assertThat(PlainText.of(defs.items().get(0).term())).isEqualTo("Term");
    }

    @Test
    void localizedFileNamespaces() {
        Article a = parse("[[Datei:Logo.png|mini|Ein Logo]]\n[[പ്രമാണം:Map.png|ലഘുചിത്രം|ഭൂപടം]]");
        assertThat(a.lead()).hasSize(2).allMatch(b -> b instanceof Figure);
    }

    @Test
    void refsBecomeNumberedNotesAndNamedReuseSharesANumber() {
        Article a = parse("A.<ref name=\"k\">Kotkin, p. 1.</ref> B.<ref>Other.</ref> C.<ref name=\"k\" />");
        assertThat(a.notes()).hasSize(2);
        List<Inline> c = ((Paragraph) a.lead().get(0)).content();
        List<Integer> numbers = c.stream().filter(i -> i instanceof NoteRef).map(i -> ((NoteRef) i).note().number()).toList();
        assertThat(numbers).containsExactly(1, 2, 1);
        assertThat(PlainText.of(a.notes().get(0).content())).isEqualTo("Kotkin, p. 1.");
    }

    @Test
    void listDefinedReferencesResolveFromTheReferencesBlock() {
        Article a = parse("A.<ref name=\"late\"/>\n\n<references>\n<ref name=\"late\">Defined later.</ref>\n</references>");
        assertThat(a.notes()).hasSize(1);
        assertThat(PlainText.of(a.notes().get(0).content())).isEqualTo("Defined later.");
    }

    @Test
    void listsNestAndDefinitionListsPairTermAndDefinition() {
        Article a = parse("* one\n** one.a\n* two\n# first\n;Term:definition\n;T2\n:D2");
        assertThat(a.lead()).hasSize(3);
        ListBlock bullets = (ListBlock) a.lead().get(0);
        assertThat(bullets.kind()).isEqualTo(ListBlock.Kind.BULLET);
        assertThat(bullets.items()).hasSize(2);
        assertThat(bullets.items().get(0).children().get(0).items()).hasSize(1);
        ListBlock defs = (ListBlock) a.lead().get(2);
        assertThat(defs.items()).hasSize(2);
        assertThat(PlainText.of(defs.items().get(0).term())).isEqualTo("Term");
        assertThat(PlainText.of(defs.items().get(0).content())).isEqualTo("definition");
        assertThat(PlainText.of(defs.items().get(1).content())).isEqualTo("D2");
    }

    @Test
    void tablesHaveHeaderCellsCaptionAndAttributesStripped() {
        Article a = parse("{| class=\"wikitable\"\n|+ Caption\n! Year !! Event\n|-\n| style=\"x\" | 1809 || Born\n|-\n| colspan=2 | wide\n|}");
        Table t = (Table) a.lead().get(0);
        assertThat(PlainText.of(t.caption())).isEqualTo("Caption");
        assertThat(t.rows()).hasSize(3);
        assertThat(t.rows().get(0).cells()).allMatch(Table.Cell::header);
        assertThat(t.rows().get(1).cells()).extracting(c -> PlainText.of(c.content())).containsExactly("1809", "Born");
        assertThat(t.rows().get(2).cells().get(0).colspan()).isEqualTo(2);
    }

    @Test
    void aHugeTableIsCutWithAWarning() {
        int rows = TableParser.MAX_CELLS / 2 + 10;
        Article a = parse("{|\n" + "|-\n| a || b\n".repeat(rows) + "|}\nAfter the table.");
        Table t = (Table) a.lead().get(0);
        assertThat(t.rows().stream().mapToInt(r -> r.cells().size()).sum()).isEqualTo(TableParser.MAX_CELLS);
        assertThat(a.warnings()).contains(String.format("a table of %,d cells was cut to its first %,d cells", rows * 2, TableParser.MAX_CELLS));
        assertThat(text(a.lead().get(1))).isEqualTo("After the table.");
    }

    @Test
    void mathBlockquoteAndGallery() {
        Article a = parse("<math>E=mc^2</math>\n\n<blockquote>Quoted words.</blockquote>\n<gallery>\nFile:A.jpg|First\nB.png|Second\n</gallery>");
        assertThat(((Paragraph) a.lead().get(0)).content()).containsExactly(new MathInline("E=mc^2", false));
        assertThat(a.lead().get(1)).isInstanceOf(Quote.class);
        assertThat(a.lead().get(2)).isInstanceOf(FigureGroup.class);
        assertThat(((FigureGroup) a.lead().get(2)).figures()).hasSize(2);
    }

    @Test
    void unknownTemplatesAreDroppedWithACountedWarning() {
        Article a = parse("A {{nonexistent thing|secret=1}} B {{nonexistent thing}}.");
        assertThat(text(a.lead().get(0))).isEqualTo("A B .");
        assertThat(a.warnings()).containsExactly("unknown template {{nonexistent thing}} dropped (2 times, 1 word)");
    }

    @Test
    void parserFunctionsEvaluateWhatTheArticleDetermines() {
        Article a = parse("{{#if: yes | shown | hidden}} {{#switch: b | a=1 | b=2 | #default=3}} {{formatnum:1234567}}");
        assertThat(text(a.lead().get(0))).isEqualTo("shown 2 1,234,567");
    }

    @Test
    void brokenMarkupNeverLeaksBrackets() {
        Article a = parse("Text {{unclosed and [[also unclosed and ]] stray }} end.");
        String t = text(a.lead().get(0));
        assertThat(t).doesNotContain("{{").doesNotContain("}}").doesNotContain("[[").doesNotContain("]]");
    }
}
