package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.braille.TestScripts.cell;
import static org.lector.braille.TestScripts.chapter;
import static org.lector.braille.TestScripts.chapters;
import static org.lector.braille.TestScripts.leadSection;
import static org.lector.braille.TestScripts.note;
import static org.lector.braille.TestScripts.notesSection;
import static org.lector.braille.TestScripts.paragraph;
import static org.lector.braille.TestScripts.prose;
import static org.lector.braille.TestScripts.row;
import static org.lector.braille.TestScripts.script;
import static org.lector.braille.TestScripts.section;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.script.NoteText;
import org.lector.script.HatnoteSelection;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.SectionRole;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/** How script blocks become print blocks, on small scripts written by hand. */
class ScriptLayoutTest {
    private static final NoteText NOTE_1 = new NoteText("1", "", "Source A.", List.of());
    private static final NoteText NOTE_2 = new NoteText("2", "", "Source B.", List.of());

    private static final ReadingScript SCRIPT = script("Sample", chapters(
            chapter(SectionRole.LEAD, leadSection("Sample", List.of(
                    paragraph("s0.p1", prose("Lead text.", List.of(NOTE_1), new Span(SpanKind.NOTEREF, 10, 10, "1")))))),
            chapter(SectionRole.BODY, section("s1", 2, "History",
                    paragraph("s1.p1", prose("An italic word.", List.of(NOTE_2),
                            new Span(SpanKind.ITALIC, 3, 9, null), new Span(SpanKind.NOTEREF, 15, 15, "2"))),
                    new ScriptBlock.Figure("s1.f1", Prose.plain("Map of X"), "A map", "Map of X", "A map", "Map.png", null),
                    new ScriptBlock.Table("s1.t1", Prose.plain("Results"), 2, 2, List.of(
                            row("s1.t1.r1", 1, true, cell("s1.t1.r1.c1", "Year", 1, true, ""), cell("s1.t1.r1.c2", "Event", 2, true, "")),
                            row("s1.t1.r2", 2, false, cell("s1.t1.r2.c1", "1809", 1, false, "Year"),
                                    cell("s1.t1.r2.c2", "Born", 2, false, "Event")))))),
            chapter(SectionRole.NOTES, notesSection(note("1", "Source A."), note("2", "Source B."), note("3", "Never cited.")))));

    private static List<String> texts(List<PrintBlock> blocks) {
        List<String> texts = new ArrayList<>();
        for (PrintBlock b : blocks) {
            texts.add(b.text().text());
        }
        return texts;
    }

    @Test
    void blocksInReadingOrderWithTheirFormats() {
        List<PrintBlock> blocks = ScriptLayout.of(SCRIPT);
        assertThat(texts(blocks)).containsExactly(
                "Sample",
                "Lead text.[1]",
                "Notes",                      // the lead's notes, at the end of its chapter
                "[1] Source A.",
                "History",
                "An italic word.[2]",
                "Image: A map. Caption: Map of X",
                "Table: Results, 2 rows and 2 columns, listed row by row with each entry's column heading",
                "Year: 1809",                 // the header row is not repeated: each entry carries its heading
                "Event: Born",
                "Notes",                      // the chapter's notes at its end; the script's own Notes heading is gone
                "[2] Source B.",
                "Notes",                      // a note no block cites still appears
                "[3] Never cited.");
        assertThat(blocks.get(0).format()).isEqualTo(BlockFormat.title());
        assertThat(blocks.get(2).format()).isEqualTo(BlockFormat.heading(3));
        assertThat(blocks.get(3).format()).isEqualTo(BlockFormat.listItem(1));
        assertThat(blocks.get(4).format()).isEqualTo(BlockFormat.heading(2));
        assertThat(blocks.get(5).format()).isEqualTo(BlockFormat.paragraph());
        assertThat(blocks.get(6).format()).isEqualTo(BlockFormat.transcribersNote().withBlankAfter(1)); // a blank line before the table
        assertThat(blocks.get(8).format()).isEqualTo(BlockFormat.tableRowStart());
        assertThat(blocks.get(9).format()).isEqualTo(BlockFormat.tableRowEntry().withBlankAfter(1)); // and after it
        assertThat(blocks.get(12).format()).isEqualTo(BlockFormat.heading(2));
    }

    @Test
    void figuresAndTablesAreTranscribersNotesAndEmphasisSurvivesTheNoteMarkers() {
        List<PrintBlock> blocks = ScriptLayout.of(SCRIPT);
        PrintText figure = blocks.get(6).text();
        for (int i = 0; i < figure.text().length(); i++) {
            assertThat(figure.stylesAt(i)).containsExactly(PrintStyle.TRANSNOTE);
        }
        PrintText italic = blocks.get(5).text(); // "An italic word.[2]": italic at 3..8 only
        assertThat(italic.stylesAt(2)).isEmpty();
        assertThat(italic.stylesAt(3)).containsExactly(PrintStyle.ITALIC);
        assertThat(italic.stylesAt(8)).containsExactly(PrintStyle.ITALIC);
        assertThat(italic.stylesAt(9)).isEmpty();
        assertThat(italic.stylesAt(15)).isEmpty();
    }

    @Test
    void aSpanAfterANoteMarkerMovesWithTheText() {
        // "Ab[1] cd.": the marker is inserted at offset 2, so the italic "cd" (3..5 in the prose) lands at 6..8
        Prose p = prose("Ab cd.", List.of(NOTE_1), new Span(SpanKind.NOTEREF, 2, 2, "1"), new Span(SpanKind.ITALIC, 3, 5, null));
        PrintText t = ProsePrint.of(p);
        assertThat(t.text()).isEqualTo("Ab[1] cd.");
        assertThat(t.stylesAt(5)).isEmpty();
        assertThat(t.stylesAt(6)).containsExactly(PrintStyle.ITALIC);
        assertThat(t.stylesAt(7)).containsExactly(PrintStyle.ITALIC);
        assertThat(t.stylesAt(8)).isEmpty();
    }

    @Test
    void superscriptsAndSubscriptsKeepTheirLevelAndLinksAndCodeReadPlain() {
        Prose p = prose("10 15 H2O f()", new Span(SpanKind.SUPERSCRIPT, 3, 5, null), new Span(SpanKind.SUBSCRIPT, 7, 8, null),
                new Span(SpanKind.CODE, 10, 13, null), new Span(SpanKind.LINK, 6, 9, "Water"));
        PrintText t = ProsePrint.of(p);
        assertThat(t.stylesAt(2)).isEmpty();
        assertThat(t.stylesAt(3)).containsExactly(PrintStyle.SUPERSCRIPT);
        assertThat(t.stylesAt(4)).containsExactly(PrintStyle.SUPERSCRIPT);
        assertThat(t.stylesAt(6)).isEmpty();
        assertThat(t.stylesAt(7)).containsExactly(PrintStyle.SUBSCRIPT);
        assertThat(t.stylesAt(8)).isEmpty();
        assertThat(t.stylesAt(11)).isEmpty();
    }

    @Test
    void notesAreGatheredAtEachChapterEndNotAtEachSubsection() {
        ReadingScript s = script("T", chapters(
                chapter(SectionRole.LEAD, leadSection("T", List.of())),
                chapter(SectionRole.BODY,
                        section("s1", 2, "One", paragraph("s1.p1", prose("A.", List.of(NOTE_1), new Span(SpanKind.NOTEREF, 2, 2, "1")))),
                        section("s2", 3, "One and a half", paragraph("s2.p1", prose("B.", List.of(NOTE_2), new Span(SpanKind.NOTEREF, 2, 2, "2"))))),
                chapter(SectionRole.BODY, section("s3", 2, "Two", paragraph("s3.p1", prose("C.", List.of(NOTE_1), new Span(SpanKind.NOTEREF, 2, 2, "1"))))),
                chapter(SectionRole.NOTES, notesSection(note("1", "Source A."), note("2", "Source B.")))));
        List<PrintBlock> blocks = ScriptLayout.of(s);
        assertThat(texts(blocks)).containsExactly("T", "One", "A.[1]", "One and a half", "B.[2]",
                "Notes", "[1] Source A.", "[2] Source B.",
                "Two", "C.[1]", "Notes", "[1] Source A.");
        assertThat(blocks.get(3).format()).isEqualTo(BlockFormat.heading(3));
    }

    @Test
    void groupsListsQuotesHatnotesFormulasAndInfoboxes() {
        ScriptBlock.Figure one = new ScriptBlock.Figure("g1.f1", Prose.plain("Left"), "Left", "Left", "", "L.png", "g1");
        ScriptBlock.Figure two = new ScriptBlock.Figure("g1.f2", Prose.plain("Right view"), "Right view", "", "", "R.png", "g1");
        ScriptBlock.ListBlock list = new ScriptBlock.ListBlock("l1", List.of(
                new ScriptBlock.ListItem("l1.i1", ScriptBlock.ListKind.ORDERED, 1, "", 1, Prose.plain("First")),
                new ScriptBlock.ListItem("l1.i2", ScriptBlock.ListKind.BULLET, 0, "", 2, Prose.plain("Nested")),
                new ScriptBlock.ListItem("l1.i3", ScriptBlock.ListKind.DEFINITION, 0, "Term", 1,
                        prose("Term: meaning", new Span(SpanKind.BOLD, 0, 4, null)))));
        ScriptBlock.Infobox box = new ScriptBlock.Infobox("x1", Prose.plain("Lector"), List.of(
                new ScriptBlock.InfoboxEntry("x1.e1", "Born", Prose.plain("1809")),
                new ScriptBlock.InfoboxEntry("x1.e2", "Early life", Prose.EMPTY),
                new ScriptBlock.InfoboxEntry("x1.e3", "", Prose.plain("A value alone"))));
        ReadingScript s = TestScripts.lead("T", List.of(
                new ScriptBlock.Hatnote("a1", ScriptBlock.HatnoteKind.MAIN, "Main article", Prose.plain("Main article: Elsewhere")),
                box,
                new ScriptBlock.FigureGroup("g1", Prose.plain("Two views"), List.of(one, two)),
                list,
                new ScriptBlock.Quote("q1", Prose.plain("We are fifty years behind."), Prose.plain("Stalin, 1931")),
                new ScriptBlock.Formula("m1", "E=mc^2", Prose.plain("E=mc^2"))));
        List<PrintBlock> blocks = ScriptLayout.of(s);
        assertThat(texts(blocks)).containsExactly("T", "Main article: Elsewhere",
                "Infobox: Lector", "Born: 1809", "Early life", "A value alone",
                "Group of 2 images: Two views", "Image: Left", "Image: Right view",
                "1. First", "Nested", "Term: meaning",
                "We are fifty years behind.", "— Stalin, 1931",
                "Formula: E=mc^2");
        assertThat(blocks.get(1).format()).isEqualTo(BlockFormat.paragraph().withBlankAfter(1)); // before the infobox
        assertThat(blocks.get(2).format()).isEqualTo(BlockFormat.transcribersNote());
        assertThat(blocks.get(3).format()).isEqualTo(BlockFormat.listItem(1));
        assertThat(blocks.get(5).format()).isEqualTo(BlockFormat.listItem(1).withBlankAfter(1)); // and after it
        assertThat(blocks.get(6).format()).isEqualTo(BlockFormat.transcribersNote());
        assertThat(blocks.get(10).format()).isEqualTo(BlockFormat.listItem(2));
        assertThat(blocks.get(12).format()).isEqualTo(BlockFormat.displayed().withBlankAfter(0));
        assertThat(blocks.get(14).text().stylesAt(0)).containsExactly(PrintStyle.TRANSNOTE);
    }

    @Test
    void disambiguationHatnotesAreLeftOutUnlessAllAreAskedFor() {
        ReadingScript s = TestScripts.lead("T", List.of(
                new ScriptBlock.Hatnote("a1", ScriptBlock.HatnoteKind.DISAMBIGUATION, "",
                        Prose.plain("For other uses, see T (disambiguation).")),
                new ScriptBlock.Hatnote("a2", ScriptBlock.HatnoteKind.SEE_ALSO, "See also", Prose.plain("See also: U")),
                new ScriptBlock.Paragraph("p1", Prose.plain("Text."))));
        assertThat(texts(ScriptLayout.of(s))).containsExactly("T", "See also: U", "Text.");
        assertThat(texts(ScriptLayout.of(s, HatnoteSelection.ALL)))
                .containsExactly("T", "For other uses, see T (disambiguation).", "See also: U", "Text.");
        assertThat(texts(ScriptLayout.of(s, HatnoteSelection.NONE))).containsExactly("T", "Text.");
    }
}
