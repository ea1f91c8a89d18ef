package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.wikitext.Articles.parse;
import static org.lector.wikitext.Articles.text;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.ListBlock;
import org.lector.document.NoteRef;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Section;
import org.lector.document.Table;

/**
 * Content that used to vanish without a trace, through the whole parser: lists set in columns,
 * tables indented or opening a list item, text after a table's end, named refs cited by
 * {@code {{r}}}, standard references, and unknown templates whose words are kept or counted.
 */
class LostContentTest {

    private static List<List<String>> cells(Block table) {
        return ((Table) table).rows().stream()
                .map(r -> r.cells().stream().map(c -> PlainText.of(c.content()).strip()).toList()).toList();
    }

    private static List<String> items(Block list) {
        return ((ListBlock) list).items().stream().map(i -> PlainText.of(i.content())).toList();
    }

    @Test
    void aSeeAlsoListInColumnsKeepsItsItemsAndItsHeading() {
        Article a = parse("Lead.\n\n== See also ==\n{{columns-list|colwidth=30em|\n* [[Alpha]]\n* [[Beta|The Beta]]\n}}\n"
                + "== Further reading ==\n{{div col|colwidth=20em}}\n* Gamma\n* Delta\n{{div col end}}\n"
                + "== More ==\n{{div col|content=\n* Epsilon\n}}");
        assertThat(a.sections()).extracting(s -> PlainText.of(s.heading()))
                .containsExactly("See also", "Further reading", "More");
        assertThat(items(a.sections().get(0).blocks().get(0))).containsExactly("Alpha", "The Beta");
        assertThat(items(a.sections().get(1).blocks().get(0))).containsExactly("Gamma", "Delta");
        assertThat(items(a.sections().get(2).blocks().get(0))).containsExactly("Epsilon");
    }

    @Test
    void indentedTablesAreTablesAtAnyDepth() {
        Article a = parse("Before.\n:{| class=\"wikitable\"\n! A !! B\n|-\n| 1 || 2\n|}\n:::{|\n| x\n|}\nAfter.");
        assertThat(a.lead()).hasSize(4);
        assertThat(cells(a.lead().get(1))).containsExactly(List.of("A", "B"), List.of("1", "2"));
        assertThat(cells(a.lead().get(2))).containsExactly(List.of("x"));
        assertThat(text(a.lead().get(3))).isEqualTo("After.");
    }

    @Test
    void aTableOpeningAListItemIsATableBetweenTheListsParts() {
        Article a = parse("* first\n*{| class=\"wikitable\"\n| p || q\n|}\n* last\n#: {|\n| r\n|}");
        assertThat(a.lead()).hasSize(4);
        assertThat(items(a.lead().get(0))).containsExactly("first");
        assertThat(cells(a.lead().get(1))).containsExactly(List.of("p", "q"));
        assertThat(items(a.lead().get(2))).containsExactly("last");
        assertThat(cells(a.lead().get(3))).containsExactly(List.of("r"));
    }

    @Test
    void aTableAfterAListItemEndsTheList() {
        Article a = parse("* item text\n{| class=\"wikitable\"\n| x || y\n|}");
        assertThat(items(a.lead().get(0))).containsExactly("item text");
        assertThat(cells(a.lead().get(1))).containsExactly(List.of("x", "y"));
    }

    @Test
    void textAfterATablesEndFollowsTheTableAndARefThereCitesIt() {
        Article a = parse("{|\n| x\n|} and more words.\n\n{|\n| y || z\n|}<ref>The table's source.</ref>\n\n"
                + "{|\n|+ Captioned\n| w\n|}<ref>Another source.</ref>");
        assertThat(text(a.lead().get(1))).isEqualTo("and more words.");
        Table sourced = (Table) a.lead().get(2);
        assertThat(sourced.rows().get(0).cells().get(1).content()).last().isInstanceOf(NoteRef.class);
        Table captioned = (Table) a.lead().get(3);
        assertThat(captioned.caption()).last().isInstanceOf(NoteRef.class);
        assertThat(a.notes()).hasSize(2);
    }

    @Test
    void rCitesNamedRefsDefinedAnywhere() {
        Article a = parse("Claim.{{r|a|b|p=12}} Again.{{r|a}}\n\n<references>\n<ref name=\"a\">Source A.</ref>\n"
                + "<ref name=\"b\">Source B.</ref>\n</references>");
        List<?> content = ((Paragraph) a.lead().get(0)).content();
        assertThat(content.stream().filter(NoteRef.class::isInstance)).hasSize(3);
        assertThat(a.notes()).extracting(n -> PlainText.of(n.content())).containsExactly("Source A.", "Source B.");
    }

    @Test
    void aRefWithNothingReadableIsAWarningNotAnEmptyNote() {
        Article a = parse("Claim.<ref>{{MSW3 Artiodactyla|id=14200668|pages=691}}</ref> Other.<ref>{{efn|}}</ref>");
        assertThat(a.notes()).isEmpty();
        assertThat(text(a.lead().get(0))).isEqualTo("Claim. Other.");
        assertThat(a.warnings()).contains("ref with no readable text left out (2 times)");
    }

    @Test
    void standardReferencesAreCitationsAndFootnotesWhenAsked() {
        Article a = parse("Fifteen isotopes.{{NUBASE2020|ref}} More.{{NUBASE2020|ref}}");
        assertThat(a.notes()).hasSize(1);
        assertThat(PlainText.of(a.notes().get(0).content())).contains("The NUBASE2020 evaluation of nuclear physics");
        assertThat(a.notes().get(0).citations()).hasSize(1);
    }

    @Test
    void unfamiliarCiteTemplatesAreReadAsCs1OrByTheirProse() {
        Article a = parse("A.<ref>{{cite patent|country=US|number=123|title=A better mousetrap|inventor=Jo Bloggs}}</ref>"
                + " B.<ref>{{cite quran|2|255}}</ref>");
        assertThat(a.notes()).extracting(n -> PlainText.of(n.content()))
                .containsExactly("\"A better mousetrap\". No. 123.", "Quran 2:255");
    }

    @Test
    void anUnknownTemplateKeepsItsProseWithAWarningAndDropsItsData() {
        Article a = parse("He said {{Hidden quote|He was born in a small village near the sea.|id=x1}} and left."
                + " {{Local infobox thing|pop=536,079|image=Antwerp.jpg|code=BE-VAN}}"
                + " {{Obscure wrapper|Short}} {{Some topics}} {{Dutch politics sidebar|expanded=all}}");
        assertThat(text(a.lead().get(0))).isEqualTo("He said He was born in a small village near the sea. and left.");
        assertThat(a.warnings()).containsExactly(
                "unknown template {{hidden quote}}: its text kept",
                "unknown template {{local infobox thing}} dropped (2 words)",
                "unknown template {{obscure wrapper}} dropped (1 word)",
                "unknown template {{some topics}} dropped",
                "unknown template {{dutch politics sidebar}} dropped (1 word)");
    }

    @Test
    void navigationFurnitureNeverKeepsText() {
        Article a = parse("Text.\n\n{{Belgium topics|title=Articles about Belgium and its history}}\n"
                + "{{Jesus footer|A list of the parables of Jesus}}\n{{Cite needed reason|This needs a better source}}\n"
                + "{{Portal bar|History of Europe and its nations}}");
        assertThat(a.lead()).hasSize(1);
        assertThat(text(a.lead().get(0))).isEqualTo("Text.");
    }

    @Test
    void escapedWordsStayWordsAndDatesStayData() {
        Article a = parse("X {{Some box|12 May 2020}} {{Some box|#fafafa}} {{Some box|https://example.org/a b}}"
                + " {{Some box|title=Group A}} Y");
        assertThat(text(a.lead().get(0))).isEqualTo("X Y");
    }

    @Test
    void sectionsOfACitiesBoxReadAsATable() {
        Article a = parse("== Cities ==\n{{Largest cities|country=Belgium|city_1=Antwerp|div_1=Flanders|pop_1=536,079}}");
        Section cities = a.sections().get(0);
        assertThat(cells(cities.blocks().get(0))).containsExactly(List.of("Rank", "Name", "Division", "Population"),
                List.of("1", "Antwerp", "Flanders", "536,079"));
    }
}
