package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.audio.Items.body;
import static org.lector.audio.Items.chapter;
import static org.lector.audio.Items.heading;
import static org.lector.audio.Items.lead;
import static org.lector.audio.Items.paragraph;
import static org.lector.audio.Items.prose;
import static org.lector.audio.Items.spoken;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.script.Chapter;
import org.lector.script.Prose;
import org.lector.script.ScriptBlock.Cell;
import org.lector.script.ScriptBlock.FigureGroup;
import org.lector.script.ScriptBlock.Formula;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Hatnote;
import org.lector.script.ScriptBlock.ListBlock;
import org.lector.script.ScriptBlock.ListItem;
import org.lector.script.ScriptBlock.ListKind;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.ScriptBlock.NoteKind;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.ScriptBlock.Quote;
import org.lector.script.ScriptBlock.Row;
import org.lector.script.ScriptBlock.Scope;
import org.lector.script.ScriptBlock.Table;

class ProsodyTest {
    private static final Chapter GREAT_TERROR = chapter(3, "The Great Terror", "s9.h", "Chapter three: The Great Terror.",
            body("s9", heading("s9.h", 2, "The Great Terror"),
                    paragraph("s9.p1", "Stalin often gave conflicting signals."),
                    new Quote("s9.q1", spoken("s9.q1", "Life has become better.", "Quotation: Life has become better. End of quotation."),
                            spoken("s9.q1.src", "Stalin", ""))),
            body("s10", heading("s10.h", 3, "Aftermath"),
                    new FigureGroup("s10.g1", spoken("s10.g1", "", "Group of two images."), List.of()),
                    new Paragraph("s10.x", spoken("s10.x", "ignored", "")),
                    new Paragraph("s10.p1", spoken("s10.p1", "It ended in 1938.", "It ended in nineteen thirty eight.",
                            "Thousands had died.", "Thousands had died."))));

    private static SpokenSentence only(SpokenPart part) {
        assertThat(part.sentences()).hasSize(1);
        return part.sentences().get(0);
    }

    @Test
    void theChaptersAnnouncementIsSpokenInPlaceOfItsHeadingUnderTheHeadingsSentenceId() {
        SpokenSentence first = only(Prosody.plan(GREAT_TERROR).get(0));
        assertThat(first).isEqualTo(new SpokenSentence("s9.h.1", "Chapter three: The Great Terror.", "The Great Terror"));
    }

    @Test
    void theFirstChapterIsAnnouncedByWhatTheSpeechStageGaveIt() {
        Chapter one = lead("Louis Braille", paragraph("s0.p1", "He taught."));
        List<SpokenPart> plan = Prosody.plan(one);
        assertThat(only(plan.get(0))).isEqualTo(new SpokenSentence("t.1", "Louis Braille.", "Louis Braille"));
        assertThat(plan.get(0).pauseAfterMs()).isEqualTo(Prosody.AFTER_ANNOUNCEMENT_MS);
    }

    @Test
    void partHeadingsAndTheirHatnotesAreReadBeforeTheAnnouncement() {
        Chapter c = chapter(2, "Succeeding Lenin", "s2.h", "Chapter two: Succeeding Lenin.",
                body("s1", heading("s1.h", 2, "Consolidation of power"),
                        new Hatnote("s1.a1", ScriptBlock.HatnoteKind.MAIN, "Main article", prose("s1.a1", "Main article: Rise to power"))),
                body("s2", heading("s2.h", 3, "Succeeding Lenin"), paragraph("s2.p1", "Lenin died.")));
        assertThat(Prosody.plan(c)).extracting(p -> only(p).speech()).containsExactly(
                "Consolidation of power", "Main article: Rise to power", "Chapter two: Succeeding Lenin.", "Lenin died.");
    }

    @Test
    void eachSentenceOfABlockIsSpokenOnItsOwnWithItsPrintTextAsCaption() {
        List<SpokenPart> plan = Prosody.plan(GREAT_TERROR);
        SpokenPart last = plan.get(plan.size() - 1);
        assertThat(last.sentences()).containsExactly(
                new SpokenSentence("s10.p1.1", "It ended in nineteen thirty eight.", "It ended in 1938."),
                new SpokenSentence("s10.p1.2", "Thousands had died.", "Thousands had died."));
    }

    @Test
    void subsectionHeadingsAreReadAsTheyAreWithTheLongestPauseBefore() {
        List<SpokenPart> plan = Prosody.plan(GREAT_TERROR);
        SpokenPart quote = plan.get(2);
        SpokenPart subheading = plan.get(3);
        assertThat(only(subheading).speech()).isEqualTo("Aftermath");
        int beforeHeading = Prosody.between(quote, subheading);
        int afterParagraph = Prosody.between(plan.get(1), quote);
        assertThat(beforeHeading).isGreaterThan(afterParagraph).isGreaterThan(Prosody.between(subheading, plan.get(4)));
    }

    @Test
    void quotationsAndFiguresAreSetApartOnBothSides() {
        List<SpokenPart> plan = Prosody.plan(GREAT_TERROR);
        SpokenPart paragraph = plan.get(1);
        SpokenPart quote = plan.get(2);
        // the silence before a quotation is longer than the one a paragraph alone leaves
        assertThat(Prosody.between(paragraph, quote)).isGreaterThan(paragraph.pauseAfterMs());
        assertThat(quote.pauseAfterMs()).isGreaterThan(paragraph.pauseAfterMs());
        // the quote's source says nothing of its own: the last sentence's speech closes the quotation
        assertThat(quote.sentences()).extracting(SpokenSentence::id).containsExactly("s9.q1.1");
        assertThat(plan.get(4).pauseBeforeMs()).isPositive();
    }

    @Test
    void betweenTwoPartsTheLongerPauseCountsNotTheSumAndEveryFileStartsWithALeadIn() {
        SpokenPart a = new SpokenPart(0, List.of(new SpokenSentence("a.1", "x", "x")), 700);
        SpokenPart b = new SpokenPart(1500, List.of(new SpokenSentence("b.1", "y", "y")), 700);
        assertThat(Prosody.between(a, b)).isEqualTo(1500);
        assertThat(Prosody.between(b, a)).isEqualTo(700);
        assertThat(Prosody.between(null, a)).isEqualTo(Prosody.LEAD_IN_MS);
    }

    @Test
    void aNotesFirstCaptionShowsItsLabel() {
        Note note = new Note("notes.12", "12", "", NoteKind.CITATION, List.of(), spoken("notes.12",
                "Kotkin 2014, p. 426.", "Note twelve: Kotkin, twenty fourteen, page four hundred and twenty six.",
                "Also cited.", "Also cited."));
        Chapter notes = chapter(4, "Notes", "notes.h", "Chapter four: Notes.",
                body("notes", heading("notes.h", 2, "Notes"), note));
        SpokenPart part = Prosody.plan(notes).get(1);
        assertThat(part.sentences()).extracting(SpokenSentence::caption).containsExactly("[12] Kotkin 2014, p. 426.", "Also cited.");
        assertThat(part.pauseAfterMs()).isEqualTo(Prosody.AFTER_NOTE_MS);
    }

    @Test
    void sentencesWithNothingToSayAreLeftOutAndEmptyOnesAreCaptionedWithTheirSpeech() {
        List<SpokenPart> plan = Prosody.plan(GREAT_TERROR);
        assertThat(plan).flatExtracting(SpokenPart::sentences).extracting(SpokenSentence::id)
                .doesNotContain("s10.x.1", "s9.q1.src.1");
        assertThat(only(plan.get(4))).isEqualTo(new SpokenSentence("s10.g1.1", "Group of two images.", "Group of two images."));
    }

    @Test
    void aTableIsSetApartAndItsRowsAndCellsFollowCloserTogether() {
        Table table = new Table("s1.t1", spoken("s1.t1", "", "Table with two rows and one column."), 2, 1, List.of(
                new Row("s1.t1.r1", 1, true, spoken("s1.t1.r1", "", "Columns: Year."),
                        List.of(cell("s1.t1.r1.c1", "Year", ""))),
                new Row("s1.t1.r2", 2, false, spoken("s1.t1.r2", "", "Row one."),
                        List.of(cell("s1.t1.r2.c1", "1924", "Year: nineteen twenty four.")))));
        Chapter c = chapter(2, "A", "s1.h", "Chapter two: A.", body("s1", heading("s1.h", 2, "A"), table,
                paragraph("s1.p1", "After.")));
        List<SpokenPart> plan = Prosody.plan(c);
        // the header row's cells are said by the row ("Columns: Year."), so they have no speech
        assertThat(plan).extracting(p -> only(p).id())
                .containsExactly("s1.h.1", "s1.t1.1", "s1.t1.r1.1", "s1.t1.r2.1", "s1.t1.r2.c1.1", "s1.p1.1");
        assertThat(plan).extracting(SpokenPart::pauseAfterMs).containsExactly(Prosody.AFTER_ANNOUNCEMENT_MS,
                Prosody.AROUND_FIGURE_MS, Prosody.AFTER_LIST_ITEM_MS, Prosody.AFTER_LIST_ITEM_MS,
                Prosody.AROUND_FIGURE_MS, Prosody.AFTER_PARAGRAPH_MS);
        assertThat(plan.get(1).pauseBeforeMs()).isEqualTo(Prosody.AROUND_FIGURE_MS);
        assertThat(plan.get(4).sentences().get(0).caption()).isEqualTo("1924");
    }

    @Test
    void listItemsAreReadCloseTogetherAndAFormulaBetweenThemIsSetApart() {
        ListBlock list = new ListBlock("s1.l1", List.of(
                new ListItem("s1.l1.i1", ListKind.ORDERED, 1, "", 1, spoken("s1.l1.i1", "Bread", "1. Bread")),
                new ListItem("s1.l1.i2", ListKind.ORDERED, 2, "", 1, spoken("s1.l1.i2", "Salt", "2. Salt"))));
        Formula formula = new Formula("s1.m1", "E = mc^2", spoken("s1.m1", "E = mc^2", "E equals m c squared."));
        Chapter c = chapter(2, "A", "s1.h", "Chapter two: A.", body("s1", heading("s1.h", 2, "A"), list, formula));
        List<SpokenPart> plan = Prosody.plan(c);
        assertThat(plan).extracting(SpokenPart::pauseBeforeMs).containsExactly(0, 0, 0, Prosody.AROUND_FIGURE_MS);
        assertThat(plan).extracting(SpokenPart::pauseAfterMs).containsExactly(Prosody.AFTER_ANNOUNCEMENT_MS,
                Prosody.AFTER_LIST_ITEM_MS, Prosody.AFTER_LIST_ITEM_MS, Prosody.AROUND_FIGURE_MS);
    }

    private static Cell cell(String id, String print, String speech) {
        Prose text = spoken(id, print, speech);
        return new Cell(id, text, 1, 1, 1, speech.isEmpty(), speech.isEmpty() ? Scope.COLUMN : Scope.NONE,
                speech.isEmpty() ? "" : "Year", "");
    }
}
