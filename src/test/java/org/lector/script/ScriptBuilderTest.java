package org.lector.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.wikitext.WikitextParser;

class ScriptBuilderTest {

    private static ReadingScript script(String wikitext) {
        return new ScriptBuilder().build(new WikitextParser().parse("Sample", "en", wikitext));
    }

    private static List<ScriptItem> items(ReadingScript s, Role role) {
        return s.items().stream().filter(i -> i.role() == role).toList();
    }

    @Test
    void idsNameSectionAndKind() {
        ReadingScript s = script("Lead one.\n\nLead two.\n== A ==\nText.\n=== B ===\n* x\n* y");
        assertThat(s.items()).extracting(ScriptItem::id)
                .containsExactly("t", "s0.p1", "s0.p2", "s1.h", "s1.p1", "s2.h", "s2.l1.i1", "s2.l1.i2");
    }

    @Test
    void sectionsWithNothingToReadAreLeftOut() {
        ReadingScript s = script("Text.\n== References ==\n{{reflist}}\n== External links ==\n");
        assertThat(items(s, Role.HEADING)).isEmpty();
    }

    @Test
    void figureTextIsAltThenCaptionThenFileName() {
        ReadingScript s = script("[[File:A b.jpg|thumb|alt=Two dogs|Dogs at play]]\n"
                + "[[File:C.jpg|thumb|A cat]]\n[[File:Old_map_of_Paris.png|thumb]]");
        assertThat(items(s, Role.FIGURE)).extracting(ScriptItem::text)
                .containsExactly("Two dogs", "A cat", "Old map of Paris");
        assertThat(items(s, Role.FIGURE).get(0).attributes())
                .containsEntry("caption", "Dogs at play").containsEntry("alt", "Two dogs").containsEntry("file", "A b.jpg");
    }

    @Test
    void emphasisLinksAndNoteMarkersBecomeSpans() {
        ReadingScript s = script("An ''italic'' [[Word|link]].<ref>Source.</ref>");
        ScriptItem p = items(s, Role.PARAGRAPH).get(0);
        assertThat(p.text()).isEqualTo("An italic link.");
        assertThat(p.spans()).containsExactly(
                new Span("italic", 3, 9, null),
                new Span("link", 10, 14, "Word"),
                new Span("noteref", 15, 15, "1"));
        assertThat(p.notes()).extracting(NoteText::text).containsExactly("Source.");
        assertThat(items(s, Role.NOTE)).extracting(ScriptItem::text).containsExactly("Source.");
    }

    @Test
    void identicalShortCitationsShareOneNote() {
        ReadingScript s = script("A.{{sfn|Kotkin|2014|p=426}} B.{{sfn|Kotkin|2014|p=426}} C.{{sfn|Kotkin|2014|p=427}}");
        assertThat(items(s, Role.NOTE)).extracting(ScriptItem::text)
                .containsExactly("Kotkin 2014, p. 426.", "Kotkin 2014, p. 427.");
        assertThat(items(s, Role.PARAGRAPH).get(0).spans()).extracting(Span::value).containsExactly("1", "1", "2");
    }

    @Test
    void spacesLeftByDroppedTemplatesAreRemoved() {
        ReadingScript s = script("Stalin {{citation needed|date=May 2020}}. He ( {{nonexistent}} ) left , fast.");
        assertThat(items(s, Role.PARAGRAPH).get(0).text()).isEqualTo("Stalin. He () left, fast.");
    }

    @Test
    void tableCellsCarryTheirColumnAndRowHeaders() {
        ReadingScript s = script("{|\n! Country !! Population\n|-\n! Belgium\n| 11 million\n|}");
        List<ScriptItem> cells = items(s, Role.CELL);
        assertThat(cells).extracting(ScriptItem::text).containsExactly("Country", "Population", "Belgium", "11 million");
        assertThat(cells.get(3).attributes()).containsEntry("columnHeader", "Population").containsEntry("rowHeader", "Belgium");
    }

    @Test
    void aFormulaStandingAloneIsAFormulaItem() {
        ReadingScript s = script(":<math>E = mc^2</math>\n\nEnergy <math>E</math> is conserved.");
        assertThat(items(s, Role.FORMULA)).extracting(ScriptItem::text).containsExactly("E = mc^2");
        ScriptItem p = items(s, Role.PARAGRAPH).get(0);
        assertThat(p.spans()).contains(new Span("formula", 7, 8, "E"));
    }

    @Test
    void definitionItemsReadTermThenDefinition() {
        ReadingScript s = script(";Born:18 December 1878");
        ScriptItem item = items(s, Role.LIST_ITEM).get(0);
        assertThat(item.text()).isEqualTo("Born: 18 December 1878");
        assertThat(item.spans()).contains(new Span("bold", 0, 4, null));
    }

    @Test
    void titleTakesTheCaseOfTheLeadsBoldName() {
        ReadingScript s = new ScriptBuilder().build(new WikitextParser().parse("Louis braille", "en",
                "'''Louis Braille''' was a teacher."));
        assertThat(s.items().get(0).text()).isEqualTo("Louis Braille");
    }
}
