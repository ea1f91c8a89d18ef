package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.script.NoteText;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.script.Span;

/** How script items become print blocks, on a small script written by hand. */
class ScriptLayoutTest {
    private static final NoteText NOTE_1 = new NoteText("1", "", "Source A.", List.of());
    private static final NoteText NOTE_2 = new NoteText("2", "", "Source B.", List.of());

    private static ScriptItem item(String id, Role role, int level, String text, List<Span> spans, List<NoteText> notes,
                                   Map<String, String> attrs) {
        return new ScriptItem(id, role, level, text, spans, notes, null, null, attrs);
    }

    private static ScriptItem plain(String id, Role role, int level, String text, Map<String, String> attrs) {
        return item(id, role, level, text, List.of(), List.of(), attrs);
    }

    private static final ReadingScript SCRIPT = new ReadingScript("Sample", "en", List.of(
            plain("t", Role.TITLE, 1, "Sample", Map.of()),
            item("s0.p1", Role.PARAGRAPH, 0, "Lead text.", List.of(new Span("noteref", 10, 10, "1")), List.of(NOTE_1), Map.of()),
            plain("s1.h", Role.HEADING, 2, "History", Map.of()),
            item("s1.p1", Role.PARAGRAPH, 0, "An italic word.",
                    List.of(new Span("italic", 3, 9, null), new Span("noteref", 15, 15, "2")), List.of(NOTE_2), Map.of()),
            plain("s1.f1", Role.FIGURE, 0, "Map of X", Map.of("description", "A map", "caption", "Map of X")),
            plain("s1.t1", Role.TABLE, 0, "Results", Map.of("rows", "2", "columns", "2")),
            plain("s1.t1.r1", Role.ROW, 0, "", Map.of("index", "1", "header", "true")),
            plain("s1.t1.r1.c1", Role.CELL, 0, "Year", Map.of("column", "1", "header", "true")),
            plain("s1.t1.r1.c2", Role.CELL, 0, "Event", Map.of("column", "2", "header", "true")),
            plain("s1.t1.r2", Role.ROW, 0, "", Map.of("index", "2", "header", "false")),
            plain("s1.t1.r2.c1", Role.CELL, 0, "1809", Map.of("column", "1", "columnHeader", "Year")),
            plain("s1.t1.r2.c2", Role.CELL, 0, "Born", Map.of("column", "2", "columnHeader", "Event")),
            plain("notes.h", Role.HEADING, 2, "Notes", Map.of()),
            plain("notes.1", Role.NOTE, 0, "Source A.", Map.of("label", "1", "group", "")),
            plain("notes.2", Role.NOTE, 0, "Source B.", Map.of("label", "2", "group", "")),
            plain("notes.3", Role.NOTE, 0, "Never cited.", Map.of("label", "3", "group", ""))), List.of());

    @Test
    void blocksInReadingOrderWithTheirFormats() {
        List<PrintBlock> blocks = ScriptLayout.of(SCRIPT);
        List<String> texts = new ArrayList<>();
        for (PrintBlock b : blocks) {
            texts.add(b.text().text());
        }
        assertThat(texts).containsExactly(
                "Sample",
                "Lead text.[1]",
                "Notes",                      // the lead's notes, before the first top-level heading
                "[1] Source A.",
                "History",
                "An italic word.[2]",
                "Image: A map. Caption: Map of X",
                "Table: Results, 2 rows and 2 columns, listed row by row with each entry's column heading",
                "Year: 1809",                 // the header row is not repeated: each entry carries its heading
                "Event: Born",
                "Notes",                      // the section's notes at its end; the script's own Notes heading is gone
                "[2] Source B.",
                "Notes",                      // a note no item cites still appears
                "[3] Never cited.");
        assertThat(blocks.get(0).format()).isEqualTo(BlockFormat.title());
        assertThat(blocks.get(2).format()).isEqualTo(BlockFormat.heading(3));
        assertThat(blocks.get(3).format()).isEqualTo(BlockFormat.listItem(1));
        assertThat(blocks.get(4).format()).isEqualTo(BlockFormat.heading(2));
        assertThat(blocks.get(5).format()).isEqualTo(BlockFormat.paragraph());
        assertThat(blocks.get(6).format()).isEqualTo(BlockFormat.transcribersNote().withBlankAfter(1)); // a blank line before the table
        assertThat(blocks.get(8).format()).isEqualTo(BlockFormat.tableRowStart());
        assertThat(blocks.get(9).format()).isEqualTo(BlockFormat.tableRowEntry());
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
        // "Ab[1] cd.": the marker is inserted at offset 2, so the italic "cd" (3..5 in the item) lands at 6..8
        ScriptItem p = item("p", Role.PARAGRAPH, 0, "Ab cd.",
                List.of(new Span("noteref", 2, 2, "1"), new Span("italic", 3, 5, null)), List.of(NOTE_1), Map.of());
        PrintText t = ItemPrint.of(p);
        assertThat(t.text()).isEqualTo("Ab[1] cd.");
        assertThat(t.stylesAt(5)).isEmpty();
        assertThat(t.stylesAt(6)).containsExactly(PrintStyle.ITALIC);
        assertThat(t.stylesAt(7)).containsExactly(PrintStyle.ITALIC);
        assertThat(t.stylesAt(8)).isEmpty();
    }
}
