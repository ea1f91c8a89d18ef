package org.lector.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.script.ScriptJsonTest.ref;
import static org.lector.script.ScriptJsonTest.whole;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.script.ScriptBlock.Cell;
import org.lector.script.ScriptBlock.Heading;
import org.lector.script.ScriptBlock.Infobox;
import org.lector.script.ScriptBlock.InfoboxEntry;
import org.lector.script.ScriptBlock.ListBlock;
import org.lector.script.ScriptBlock.ListItem;
import org.lector.script.ScriptBlock.ListKind;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.ScriptBlock.NoteKind;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.ScriptBlock.Row;
import org.lector.script.ScriptBlock.Scope;
import org.lector.script.ScriptBlock.Table;

class ScriptTextTest {

    private static Prose spoken(String id, String text, String speech) {
        return new Prose(text, List.of(), List.of(), List.of(whole(id, text, speech)));
    }

    private static Prose silent(String id, String speech) {
        return new Prose("", List.of(), List.of(), List.of(new Sentence(id, 0, 0, speech)));
    }

    /** Water: a lead with an infobox and a paragraph, a chapter with a list and a table, and notes. */
    private static ReadingScript water(String noteSpeech) {
        Heading t = new Heading("t", 1, spoken("t.1", "Water", "Water."));
        Infobox box = new Infobox("s0.i1", spoken("s0.i1.1", "Water", "Infobox: Water."), List.of(
                new InfoboxEntry("s0.i1.e1", "Formula", new Prose("H2O", List.of(new Span(SpanKind.SUBSCRIPT, 1, 2, null)), List.of(),
                        List.of(whole("s0.i1.e1.1", "H2O", "Formula: H two O.")))),
                new InfoboxEntry("s0.i1.e2", "", spoken("s0.i1.e2.1", "Liquid", "Liquid."))));
        String p = "Water is H2O, about 1015 drops.";
        Paragraph para = new Paragraph("s0.p1", new Prose(p, List.of(
                new Span(SpanKind.SUBSCRIPT, 10, 11, null), new Span(SpanKind.SUPERSCRIPT, 22, 24, null),
                new Span(SpanKind.ITALIC, 0, 5, null), ref(p, p, "1")), List.of(),
                List.of(whole("s0.p1.1", p, "Water is H two O, about ten to the fifteen drops. Note one."))));
        Chapter one = new Chapter(1, SectionRole.LEAD, "Water", "t", "Water.",
                List.of(new Section("s0", SectionRole.LEAD, t, List.of(box, para))));

        Heading uses = new Heading("s1.h", 2, spoken("s1.h.1", "Uses", "Uses."));
        ListBlock list = new ListBlock("s1.l1", List.of(
                new ListItem("s1.l1.i1", ListKind.BULLET, 0, "", 1, spoken("s1.l1.i1.1", "Drinking", "Drinking.")),
                new ListItem("s1.l1.i2", ListKind.ORDERED, 1, "", 2, spoken("s1.l1.i2.1", "Tea", "One. Tea.")),
                new ListItem("s1.l1.i3", ListKind.DEFINITION, 0, "Ice", 1, spoken("s1.l1.i3.1", "Ice: frozen", "Ice: frozen."))));
        Table table = new Table("s1.t1", spoken("s1.t1.1", "Use", "Table: Use, with 2 rows and 2 columns."), 2, 2, List.of(
                new Row("s1.t1.r1", 1, true, silent("s1.t1.r1.1", "Columns: Year, Litres."), List.of(
                        new Cell("s1.t1.r1.c1", spoken("s1.t1.r1.c1.1", "Year", ""), 1, 1, 1, true, Scope.COLUMN, "", ""),
                        new Cell("s1.t1.r1.c2", spoken("s1.t1.r1.c2.1", "Litres", ""), 2, 1, 1, true, Scope.COLUMN, "", ""))),
                new Row("s1.t1.r2", 2, false, silent("s1.t1.r2.1", "Row one."), List.of(
                        new Cell("s1.t1.r2.c1", spoken("s1.t1.r2.c1.1", "2020", "Year: twenty twenty."), 1, 1, 1, false, Scope.NONE, "Year", ""),
                        new Cell("s1.t1.r2.c2", spoken("s1.t1.r2.c2.1", "3\nor 4", "Litres: three or four."), 2, 1, 1, false, Scope.NONE,
                                "Litres", "2020")))));
        Chapter two = new Chapter(2, SectionRole.BODY, "Uses", "s1.h", "Chapter two: Uses.",
                List.of(new Section("s1", SectionRole.BODY, uses, List.of(list, table))));

        Heading notesHeading = new Heading("notes.h", 2, spoken("notes.h.1", "Notes", noteSpeech));
        Note note = new Note("notes.1", "1", "", NoteKind.CITATION, List.of(), spoken("notes.1.1", "Smith 2001, p. 3.", noteSpeech));
        Chapter notes = new Chapter(3, SectionRole.NOTES, "Notes", "notes.h", "Chapter three: Notes.",
                List.of(new Section("notes", SectionRole.NOTES, notesHeading, List.of(note))));
        return new ReadingScript(ReadingScript.VERSION, "Water", "en", null, List.of(one, two, notes), List.of());
    }

    @Test
    void scriptTextKeepsItsLookAndMarksChapters() {
        assertThat(ScriptText.render(water(""))).isEqualTo("""
                Water
                =====

                [Infobox: Water]
                  Formula: H_{2}O
                  Liquid

                Water is H_{2}O, about 10^{15} drops.[1]


                — Chapter 2: Uses —

                ## Uses

                  • Drinking
                    1. Tea
                  Ice: frozen

                [Table: Use, 2 rows, 2 columns]
                  Row 1 (header):
                    Year
                    Litres
                  Row 2:
                    Year: 2020
                    Litres: 3 or 4


                — Chapter 3: Notes —

                ## Notes

                [1] Smith 2001, p. 3.
                """);
    }

    @Test
    void everyBlockKindIsShown() {
        String text = ScriptText.render(ScriptJsonTest.sample());
        assertThat(text).startsWith("Café 😀\n======\n\n")
                .contains("(Main article: Coffee 𝔸)\n",
                        "The 😀 sign costs 10^{15} €, like H_{2}O in Paris.[1] Small code x=1.\n",
                        "> Access to communication is access to knowledge.\n>   — Louis Braille, 1841[a]\n",
                        "[Image: The house] (described as: A house)\n",
                        "[Group of 2 images]\n  [Image: Left]\n  [Image: Right]\n",
                        "    2. Second 𝔸\n", "[Formula: E=mc^2]\n",
                        "\n### Legacy\n\n\n— Chapter 3: Notes —\n",
                        "[a] A side remark, after Kotkin.[1]\n");
    }

    @Test
    void marksAtOnePlaceNestAndFollowTheText() {
        // a superscript that ends where a note is cited and a subscript begins
        String t = "x2y";
        Prose p = new Prose(t, List.of(new Span(SpanKind.SUBSCRIPT, 2, 3, null), new Span(SpanKind.NOTEREF, 2, 2, "n"),
                new Span(SpanKind.SUPERSCRIPT, 1, 2, null), new Span(SpanKind.SUPERSCRIPT, 1, 1, null)), List.of(), List.of());
        assertThat(ScriptText.inline(p)).isEqualTo("x^{2}[n]_{y}");
        Prose nested = new Prose("abc", List.of(new Span(SpanKind.SUBSCRIPT, 0, 1, null), new Span(SpanKind.SUPERSCRIPT, 0, 3, null)),
                List.of(), List.of());
        assertThat(ScriptText.inline(nested)).isEqualTo("^{_{a}bc}");
    }

    @Test
    void speechIsWhatTheVoiceSaysWithChapterAnnouncements() {
        assertThat(ScriptText.renderSpeech(water(""))).isEqualTo("""
                Water.

                Infobox: Water.
                Formula: H two O.
                Liquid.

                Water is H two O, about ten to the fifteen drops. Note one.

                Chapter two: Uses.

                Drinking.
                One. Tea.
                Ice: frozen.

                Table: Use, with 2 rows and 2 columns.
                Columns: Year, Litres.
                Row one.
                Year: twenty twenty.
                Litres: three or four.

                """);
    }

    @Test
    void aNotesChapterWithSpeechIsSpokenWithItsAnnouncement() {
        assertThat(ScriptText.renderSpeech(water("Note one: Smith 2001, page 3.")))
                .endsWith("Litres: three or four.\n\nChapter three: Notes.\n\nNote one: Smith 2001, page 3.\n\n");
    }

    @Test
    void beforeTheSpeechStageThereIsNothingToSay() {
        ReadingScript s = ScriptJsonTest.oneParagraph(new Paragraph("s0.p1", Prose.plain("Text.")));
        assertThat(ScriptText.renderSpeech(s)).isEmpty();
        assertThat(ScriptText.render(s)).isEqualTo("T\n===\n\nText.\n\n");
    }
}
