package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.ScriptTrees.block;
import static org.lector.speech.ScriptTrees.first;
import static org.lector.speech.ScriptTrees.note;
import static org.lector.speech.ScriptTrees.script;
import static org.lector.speech.ScriptTrees.sfn;
import static org.lector.speech.ScriptTrees.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;
import org.lector.document.Citation;
import org.lector.script.Chapter;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Cell;
import org.lector.script.ScriptBlock.Figure;
import org.lector.script.ScriptBlock.FigureGroup;
import org.lector.script.ScriptBlock.Formula;
import org.lector.script.ScriptBlock.Hatnote;
import org.lector.script.ScriptBlock.Infobox;
import org.lector.script.ScriptBlock.InfoboxEntry;
import org.lector.script.ScriptBlock.ListBlock;
import org.lector.script.ScriptBlock.ListItem;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.ScriptBlock.Quote;
import org.lector.script.ScriptBlock.Row;
import org.lector.script.ScriptBlock.Scope;
import org.lector.script.ScriptBlock.Table;
import org.lector.script.SpanKind;
import org.lector.speech.ScriptTrees.Text;

/**
 * The spoken form of whole blocks, sentence by sentence, with expectations written by hand from
 * how a reader would say them. Names respelled by the shipped lexicon (voices/lexicon-en.pls)
 * appear respelled: "Kot kin".
 */
class ScriptSpeechTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static final NoteText KOTKIN = sfn("1", "Kotkin", "2014", "p", "426");

    static ReadingScript speak(ReadingScript script, CitationMode mode) {
        return new ScriptSpeech(new SpeechOptions(mode, EnglishVariety.AMERICAN, List.of(), List.of(), HOME)).addSpeech(script);
    }

    static List<String> notes(ReadingScript spoken) {
        return spoken.chapters().get(1).sections().get(0).blocks().stream()
                .flatMap(b -> speech(b.text()).stream()).toList();
    }

    private static ReadingScript cited(CitationMode mode) {
        Paragraph p = new Paragraph("s0.p1", new Text("s0.p1").add("Lenin died in January 1924.").note(KOTKIN).end()
                .add(" Stalin took charge.").prose());
        return speak(script("en", List.of(p), List.of(note(KOTKIN))), mode);
    }

    private static Paragraph paragraph(Text text) {
        return new Paragraph("s0.p1", text.prose());
    }

    @Test
    void notesModeReadsAShortMarkerAndTheNotesAtTheEnd() {
        ReadingScript s = cited(CitationMode.NOTES);
        assertThat(first(s)).containsExactly("Lenin died in January nineteen twenty four. Note one.", "Stalin took charge.");
        assertThat(notes(s)).containsExactly("Note one: Kot kin, twenty fourteen, page four hundred twenty six.");
        assertThat(speech(s.chapters().get(1).sections().get(0).heading().text())).containsExactly("Notes");
    }

    @Test
    void inlineModeReadsTheSourceAfterTheSentenceAndSilencesTheNotesChapter() {
        ReadingScript s = cited(CitationMode.INLINE);
        assertThat(first(s)).containsExactly(
                "Lenin died in January nineteen twenty four. Source: Kot kin, twenty fourteen, page four hundred twenty six.",
                "Stalin took charge.");
        assertThat(notes(s)).containsExactly("");
        assertThat(speech(s.chapters().get(1).sections().get(0).heading().text())).containsExactly("");
        assertThat(s.chapters().get(1).announcement()).isEmpty();
    }

    @Test
    void paragraphModeGathersTheSourcesOnTheLastSentence() {
        NoteText service = sfn("2", "Service", "2004", "pp", "5–7");
        Paragraph p = paragraph(new Text("s0.p1").add("A.").note(KOTKIN).end().add(" B.").note(KOTKIN).end()
                .add(" C.").note(service));
        ReadingScript s = speak(script(p), CitationMode.PARAGRAPH);
        assertThat(first(s)).containsExactly("A.", "B.",
                "C. Sources: Kot kin, twenty fourteen, page four hundred twenty six; Service, two thousand four, pages five to seven.");
    }

    @Test
    void noneModeDropsCitations() {
        assertThat(first(cited(CitationMode.NONE))).containsExactly(
                "Lenin died in January nineteen twenty four.", "Stalin took charge.");
    }

    @Test
    void aMarkerInsideASentenceIsSetOffByPauses() {
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("He moved,").note(KOTKIN).add(" then stayed."))),
                CitationMode.NOTES);
        assertThat(first(s)).containsExactly("He moved, note one, then stayed.");
    }

    @Test
    void aMarkerAfterASemicolonAddsNoSecondPause() {
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("He moved;").note(KOTKIN).add(" then stayed."))),
                CitationMode.NOTES);
        assertThat(first(s)).containsExactly("He moved; note one, then stayed.");
    }

    @Test
    void severalMarkersTogetherAreOnePhrase() {
        NoteText second = sfn("2", "Service", "2004", "p", "5");
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("He left.").note(KOTKIN).note(second))),
                CitationMode.NOTES);
        assertThat(first(s)).containsExactly("He left. Notes one and two.");
    }

    @Test
    void afterALabelEndingInHundredAPauseKeepsTheNumbersApart() {
        NoteText hundred = sfn("300", "Kotkin", "2014", "p", "426");
        NoteText next = sfn("301", "Service", "2004", "p", "5");
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("He left.").note(hundred).note(next))),
                CitationMode.NOTES);
        assertThat(first(s)).containsExactly("He left. Notes three hundred, and three hundred one.");
    }

    @Test
    void letterLabelsAreNamedAndGroupNamesAreNotSaidTwice() {
        NoteText efn = new NoteText("b", "lower-alpha", "An aside.", List.of());
        NoteText nb = new NoteText("nb 1", "nb", "Another.", List.of());
        NoteText note = new NoteText("note 2", "note", "A third.", List.of());
        NoteText roman = new NoteText("iv", "lower-roman", "A fourth.", List.of());
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("One.").note(efn).end().add(" Two.").note(nb).end()
                .add(" Three.").note(note).end().add(" Four.").note(roman))), CitationMode.NOTES);
        assertThat(first(s)).containsExactly("One. Note B.", "Two. Note one.", "Three. Note two.",
                "Four. Note roman four.");
    }

    @Test
    void inlineSourcesWaitForTheEndOfTheirSentence() {
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("He moved,").note(KOTKIN).add(" then stayed.")
                .end().add(" Next."))), CitationMode.INLINE);
        assertThat(first(s)).containsExactly(
                "He moved, then stayed. Source: Kot kin, twenty fourteen, page four hundred twenty six.", "Next.");
    }

    @Test
    void aSentenceEndingInAnAbbreviationStillEndsBeforeItsMarker() {
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("He lived in Washington, D.C.").note(KOTKIN)
                .end().add(" Then he left."))), CitationMode.NOTES);
        assertThat(first(s).get(0)).endsWith("Note one.");
        assertThat(first(s).get(1)).isEqualTo("Then he left.");
    }

    @Test
    void aMarkerBelongsToTheSentenceItFollowsEvenInTheSpaceAfterIt() {
        // the marker sits after the space that separates the sentences: in neither sentence's range
        Text text = new Text("s0.p1").add("First one.").end().add(" ").note(KOTKIN).add("Second one.");
        ReadingScript s = speak(script(paragraph(text)), CitationMode.NOTES);
        assertThat(first(s)).containsExactly("First one. Note one.", "Second one.");
    }

    @Test
    void aNoteThatExplainsIsReadAsWrittenNotAsItsSourceAlone() {
        Citation ehrman = new Citation(List.of("Ehrman"), "2014", "p", "152", Map.of());
        NoteText n = new NoteText("1", "", "Ehrman 2014, p. 152: the author argues that the title was used by the early"
                + " followers of Jesus.", List.of(ehrman));
        ReadingScript s = speak(script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(n))), List.of(note(n))),
                CitationMode.NOTES);
        assertThat(notes(s).get(0)).contains("the author argues that the title was used by the early followers");
    }

    @Test
    void identifiersAreNotReadInNotes() {
        Citation mellor = new Citation(List.of("C. Michael Mellor"), "2006", "", "",
                Map.of("title", "Louis Braille", "publisher", "National Braille Press"));
        NoteText n = new NoteText("1", "", "Mellor, C. Michael (2006). Louis Braille. National Braille Press."
                + " ISBN 978-0-939173-70-9.", List.of(mellor));
        ReadingScript s = speak(script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(n))), List.of(note(n))),
                CitationMode.NOTES);
        // at short detail a book is its author, title and year; the publisher is for full detail
        assertThat(notes(s)).containsExactly("Note one: C. Michael Mellor, Louis Braille, two thousand six.");
    }

    @Test
    void fullDetailReadsPublisherAndIdentifiersInTheirGroups() {
        Citation mellor = new Citation(List.of("C. Michael Mellor"), "2006", "p", "12",
                Map.of("title", "Louis Braille", "publisher", "National Braille Press", "isbn", "978-0-939173-70-9"));
        NoteText n = new NoteText("1", "", "Mellor, C. Michael (2006). Louis Braille. National Braille Press. p. 12."
                + " ISBN 978-0-939173-70-9.", List.of(mellor));
        ReadingScript script = script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(n))), List.of(note(n)));
        ReadingScript s = new ScriptSpeech(new SpeechOptions(CitationMode.NOTES, EnglishVariety.AMERICAN, List.of(), List.of(), HOME)
                .withCitationDetail(CitationDetail.FULL)).addSpeech(script);
        assertThat(notes(s)).containsExactly("Note one: C. Michael Mellor, Louis Braille, National Braille Press,"
                + " two thousand six, page twelve, I S B N nine seven eight, zero, nine three nine one seven three,"
                + " seven zero, nine.");
    }

    @Test
    void aWebSourceWithoutAuthorIsNamedByItsPublisher() {
        Citation nasa = new Citation(List.of(), "1969", "", "", Map.of("title", "Launch", "publisher", "NASA"));
        NoteText n = new NoteText("1", "", "\"Launch\". NASA. 1969.", List.of(nasa));
        ReadingScript s = speak(script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(n))), List.of(note(n))),
                CitationMode.NOTES);
        assertThat(notes(s)).containsExactly("Note one: Launch, Nasa, nineteen sixty nine.");
    }

    @Test
    void accessDatesAndAddressesOfAHandWrittenReferenceAreNotRead() {
        NoteText n = new NoteText("4", "", "Smith, J. Cattle. https://example.org/cows Retrieved 5 May 2020.", List.of());
        Note block = new Note("notes.4", "4", "", ScriptBlock.NoteKind.CITATION, List.of(),
                new Text("notes.4").add("Smith, J. Cattle. https://example.org/cows").end().add(" Retrieved 5 May 2020.")
                        .prose());
        ReadingScript s = speak(script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(n))), List.of(block)),
                CitationMode.NOTES);
        assertThat(notes(s)).containsExactly("Note four: Smith, J. Cattle.", "");
    }

    @Test
    void aNoteWithoutSourcesIsReadSentenceBySentence() {
        NoteText n = new NoteText("a", "lower-alpha", "He later denied it. See ISBN 978-0-939173-70-9 for more", List.of());
        Note block = new Note("notes.a", "a", "lower-alpha", ScriptBlock.NoteKind.EXPLANATORY, List.of(),
                new Text("notes.a").add("He later denied it.").end().add(" See ISBN 978-0-939173-70-9 for more").prose());
        ReadingScript s = speak(script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(n))), List.of(block)),
                CitationMode.NOTES);
        assertThat(notes(s)).containsExactly("Note A: He later denied it.", "See for more.");
    }

    @Test
    void aNoteOfIdentifiersAloneSaysOnlyItsLabel() {
        NoteText n = new NoteText("7", "", "ISBN 978-0-939173-70-9", List.of());
        ReadingScript s = speak(script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(n))), List.of(note(n))),
                CitationMode.NOTES);
        assertThat(notes(s)).containsExactly("Note seven:");
    }

    @Test
    void transcriptionsWrittenAsTextAreLeftOut() {
        ReadingScript s = speak(script(paragraph(new Text("s0.p1").add("The word for father is [baːp] in Magahi."))),
                CitationMode.NOTES);
        assertThat(first(s)).containsExactly("The word for father is in Magahi.");
    }

    @Test
    void transcriptionsAndForeignScriptsAreNotReadLetterByLetter() {
        Text text = new Text("s0.p1").span(SpanKind.BOLD, "Joseph Stalin", null).add(" (")
                .span(SpanKind.LANG, "Иосиф Сталин", "ru").add("; ").add("Russian pronunciation: ")
                .span(SpanKind.LANG, "ˈjosʲɪf ˈstalʲɪn", "ru-fonipa").add(") was a leader.");
        assertThat(first(speak(script(paragraph(text)), CitationMode.NOTES)))
                .containsExactly("Joseph Stalin (Russian text) was a leader.");
    }

    @Test
    void lineBreaksBetweenValuesArePauses() {
        ListItem item = new ListItem("s0.l1.i1", ScriptBlock.ListKind.DEFINITION, 0, "Crew", 1,
                new Text("s0.l1.i1").span(SpanKind.BOLD, "Crew", null).add(": Neil Armstrong\nMichael Collins").prose());
        ReadingScript s = speak(script(new ListBlock("s0.l1", List.of(item))), CitationMode.NOTES);
        assertThat(speech(((ListBlock) block(s, 0)).items().get(0).text())).containsExactly("Crew: Neil Armstrong, Michael Collins");
    }

    @Test
    void orderedListItemsOpenWithTheirNumberInWords() {
        ListItem item = new ListItem("s0.l1.i3", ScriptBlock.ListKind.ORDERED, 3, "", 1,
                new Text("s0.l1.i3").add("Gather wood.").end().add(" Light it.").prose());
        ReadingScript s = speak(script(new ListBlock("s0.l1", List.of(item))), CitationMode.NOTES);
        assertThat(speech(((ListBlock) block(s, 0)).items().get(0).text())).containsExactly("three. Gather wood.", "Light it.");
    }

    @Test
    void figuresAreAnnouncedOnTheirFirstSentenceWithDescriptionThenCaption() {
        Figure f = new Figure("s0.f1", new Text("s0.f1").add("Stalin and Kirov in 1934.").end().add(" Both smile").prose(),
                "Two men on a bench", "Stalin and Kirov in 1934. Both smile", "Two men on a bench", "A.jpg", null);
        assertThat(first(speak(script(f), CitationMode.NOTES))).containsExactly(
                "Image: Two men on a bench. Stalin and Kee rof in nineteen thirty four.", "Both smile.");
    }

    @Test
    void figureGroupsCountTheirImagesInTheirOwnEmptySentence() {
        Figure cow = new Figure("s0.g1.f1", new Text("s0.g1.f1").add("A cow").prose(), "A cow", "A cow", "", "A.jpg", "s0.g1");
        Figure bull = new Figure("s0.g1.f2", new Text("s0.g1.f2").add("A bull").prose(), "A bull", "A bull", "", "B.jpg", "s0.g1");
        FigureGroup g = new FigureGroup("s0.g1", new Text("s0.g1").prose(), List.of(cow, bull));
        FigureGroup spoken = (FigureGroup) block(speak(script(g), CitationMode.NOTES), 0);
        assertThat(speech(spoken.text())).containsExactly("Group of two images.");
        assertThat(spoken.figures().stream().flatMap(f -> speech(f.text()).stream()))
                .containsExactly("Image one: A cow.", "Image two: A bull.");
    }

    @Test
    void aCaptionedFigureGroupOpensItsCaption() {
        Figure cow = new Figure("s0.g1.f1", new Text("s0.g1.f1").add("A cow").prose(), "A cow", "A cow", "", "A.jpg", "s0.g1");
        FigureGroup g = new FigureGroup("s0.g1", new Text("s0.g1").add("Cattle").prose(), List.of(cow));
        assertThat(first(speak(script(g), CitationMode.NOTES))).containsExactly("Group of one image: Cattle.");
    }

    @Test
    void quotationsOpenOnTheFirstSentenceAndCloseWithTheirSourceOnTheLast() {
        Quote q = new Quote("s0.q1", new Text("s0.q1").add("We are behind.").end().add(" We must close that gap in ten years.")
                .prose(), new Text("s0.q1.src").add("Stalin, February 1931").prose());
        Quote spoken = (Quote) block(speak(script(q), CitationMode.NOTES), 0);
        assertThat(speech(spoken.text())).containsExactly("Quotation: We are behind.",
                "We must close that gap in ten years. End of quotation, Stalin, February nineteen thirty one.");
        assertThat(speech(spoken.source())).containsExactly("");
    }

    @Test
    void aQuotationWithoutSourceClosesPlainly() {
        Quote q = new Quote("s0.q1", new Text("s0.q1").add("Onward").prose(), Prose.EMPTY);
        assertThat(first(speak(script(q), CitationMode.NOTES))).containsExactly("Quotation: Onward. End of quotation.");
    }

    @Test
    void aQuotationsSourcesInParagraphModeFollowItsClosing() {
        NoteText service = sfn("2", "Service", "2004", "p", "9");
        Quote q = new Quote("s0.q1", new Text("s0.q1").add("Onward.").note(KOTKIN).prose(),
                new Text("s0.q1.src").add("Stalin").note(service).prose());
        assertThat(first(speak(script(q), CitationMode.PARAGRAPH))).containsExactly("Quotation: Onward. End of quotation, Stalin."
                + " Sources: Kot kin, twenty fourteen, page four hundred twenty six; Service, two thousand four, page nine.");
    }

    @Test
    void tablesAreReadRowByRowWithTheirHeaders() {
        Table t = table("Milestones");
        Table spoken = (Table) block(speak(script(t), CitationMode.NOTES), 0);
        assertThat(speech(spoken.text())).containsExactly("Table: Milestones, with two rows and two columns.");
        Row header = spoken.rows().get(0);
        assertThat(speech(header.text())).containsExactly("Columns: Year, Event.");
        assertThat(header.cells().stream().flatMap(c -> speech(c.text()).stream())).containsExactly("", "");
        Row data = spoken.rows().get(1);
        assertThat(speech(data.text())).containsExactly("Row one.");
        assertThat(data.cells().stream().flatMap(c -> speech(c.text()).stream()))
                .containsExactly("Year: eighteen oh nine", "Event: Born.");
    }

    @Test
    void aTableWithoutCaptionSpeaksInItsEmptySentence() {
        Table spoken = (Table) block(speak(script(table("")), CitationMode.NOTES), 0);
        assertThat(speech(spoken.text())).containsExactly("Table with two rows and two columns.");
    }

    @Test
    void aCaptionOfSeveralSentencesOpensOnTheFirstAndGivesTheShapeOnTheLast() {
        Table t = table("Milestones.|He was born.");
        Table spoken = (Table) block(speak(script(t), CitationMode.NOTES), 0);
        assertThat(speech(spoken.text())).containsExactly("Table: Milestones.", "He was born, with two rows and two columns.");
    }

    @Test
    void shortColumnLabelsAreReadInFull() {
        Row header = new Row("s0.t1.r1", 1, true, new Text("s0.t1.r1").prose(), List.of(
                cell("s0.t1.r1.c1", "Sr. No.", 1, true, ""), cell("s0.t1.r1.c2", "No.", 2, true, "")));
        Row data = new Row("s0.t1.r2", 2, false, new Text("s0.t1.r2").prose(), List.of(
                cell("s0.t1.r2.c1", "4", 1, false, "Sr. No."), cell("s0.t1.r2.c2", "7", 2, false, "#")));
        Table t = new Table("s0.t1", new Text("s0.t1").prose(), 2, 2, List.of(header, data));
        Table spoken = (Table) block(speak(script(t), CitationMode.NOTES), 0);
        assertThat(speech(spoken.rows().get(0).text())).containsExactly("Columns: Serial number, Number.");
        assertThat(spoken.rows().get(1).cells().stream().flatMap(c -> speech(c.text()).stream()))
                .containsExactly("Serial number: four", "Number: seven");
    }

    /** A header row "Year | Event" and a data row "1809 | Born."; {@code caption} sentences split at "|". */
    private static Table table(String caption) {
        Text c = new Text("s0.t1");
        String[] parts = caption.split("\\|");
        for (int i = 0; i < parts.length; i++) {
            c.add((i > 0 ? " " : "") + parts[i]);
            if (i < parts.length - 1) {
                c.end();
            }
        }
        Row header = new Row("s0.t1.r1", 1, true, new Text("s0.t1.r1").prose(), List.of(
                cell("s0.t1.r1.c1", "Year", 1, true, ""), cell("s0.t1.r1.c2", "Event", 2, true, "")));
        Row data = new Row("s0.t1.r2", 2, false, new Text("s0.t1.r2").prose(), List.of(
                cell("s0.t1.r2.c1", "1809", 1, false, "Year"), cell("s0.t1.r2.c2", "Born.", 2, false, "Event")));
        return new Table("s0.t1", c.prose(), 2, 2, List.of(header, data));
    }

    private static Cell cell(String id, String text, int column, boolean header, String columnHeader) {
        return new Cell(id, new Text(id).add(text).prose(), column, 1, 1, header, header ? Scope.COLUMN : Scope.NONE,
                columnHeader, "");
    }

    @Test
    void anInfoboxIsAnnouncedWithItsTitleAndFactCountAndEachFactIsASentence() {
        Infobox box = new Infobox("s0.b1", new Text("s0.b1").add("Joseph Stalin").prose(), List.of(
                new InfoboxEntry("s0.b1.e1", "Born", new Text("s0.b1.e1").add("18 December 1878").prose()),
                new InfoboxEntry("s0.b1.e2", "Personal details", Prose.EMPTY),
                new InfoboxEntry("s0.b1.e3", "Party", new Text("s0.b1.e3").add("Bolsheviks").prose()),
                new InfoboxEntry("s0.b1.e4", "", new Text("s0.b1.e4").add("A value alone").prose())));
        Infobox spoken = (Infobox) block(speak(script(box), CitationMode.NOTES), 0);
        assertThat(speech(spoken.text())).containsExactly("Infobox: Joseph Stalin, three facts.");
        // each fact closes with a full stop; the sub-heading opens the fact under it
        assertThat(spoken.entries().stream().flatMap(e -> speech(e.text()).stream())).containsExactly(
                "Born: the eighteenth of December, eighteen seventy eight.",
                "Personal details. Party: Bolsheviks.", "A value alone.");
    }

    @Test
    void anInfoboxWithoutTitleSpeaksInItsEmptySentence() {
        Infobox box = new Infobox("s0.b1", new Text("s0.b1").prose(), List.of(
                new InfoboxEntry("s0.b1.e1", "Type", new Text("s0.b1.e1").add("orbiter").prose())));
        assertThat(first(speak(script(box), CitationMode.NOTES))).containsExactly("Infobox, one fact.");
    }

    @Test
    void aHatnoteKeepsTheLeadItsTextStartsWith() {
        Hatnote h = new Hatnote("s0.a1", ScriptBlock.HatnoteKind.MAIN, "Main article", new Text("s0.a1").add("Main article: Great Purge").prose());
        assertThat(first(speak(script(h), CitationMode.NOTES))).containsExactly("Main article: Great Purge");
    }

    @Test
    void aHatnoteWhoseTextLacksItsLeadIsOpenedByIt() {
        Hatnote h = new Hatnote("s0.a1", ScriptBlock.HatnoteKind.SEE_ALSO, "See also", new Text("s0.a1").add("Great Purge").prose());
        assertThat(first(speak(script(h), CitationMode.NOTES))).containsExactly("See also: Great Purge");
    }

    @Test
    void chaptersAreAnnouncedByNumberAndHeadingTheFirstByTheTitleAlone() {
        ReadingScript base = script("en", List.of(paragraph(new Text("s0.p1").add("A.").note(KOTKIN))), List.of(note(KOTKIN)));
        List<Chapter> chapters = new ArrayList<>(base.chapters());
        Chapter notesChapter = chapters.remove(1);
        chapters.add(ScriptTrees.chapter(2, "Life in 1924", paragraph(new Text("s2.p1").add("B."))));
        chapters.add(ScriptTrees.chapter(3, "The Great Terror", paragraph(new Text("s3.p1").add("C."))));
        chapters.add(new Chapter(4, notesChapter.role(), notesChapter.title(), notesChapter.announced(), null,
                notesChapter.sections()));
        ReadingScript s = speak(base.withChapters(chapters), CitationMode.NOTES);
        assertThat(s.chapters().stream().map(Chapter::announcement)).containsExactly(
                "Sample.", "Chapter two: Life in nineteen twenty four.", "Chapter three: The Great Terror.",
                "Chapter four: Notes.");
        assertThat(speech(s.chapters().get(2).sections().get(0).heading().text())).containsExactly("The Great Terror");
    }

    @Test
    void formulasAreReadInWords() {
        Formula f = new Formula("s0.m1", "E = mc^2",
                new Text("s0.m1").span(SpanKind.FORMULA, "E = mc^2", "E = mc^2").prose());
        assertThat(first(speak(script(f), CitationMode.NOTES))).containsExactly("E equals m c squared.");
    }

    @Test
    void inlineFormulasAreReadInTheirSentence() {
        Text text = new Text("s0.p1").add("It is ").span(SpanKind.FORMULA, "x^2", "x^2").add(".").end().add(" Next.");
        assertThat(first(speak(script(paragraph(text)), CitationMode.NOTES))).containsExactly("It is x squared.", "Next.");
    }

    @Test
    void nonEnglishArticlesKeepTheirNumbersForTheirOwnVoice() {
        Paragraph p = paragraph(new Text("s0.p1").add("Firefox erschien 2004 – und wurde beliebt."));
        ReadingScript s = new ScriptSpeech(SpeechOptions.defaults()).addSpeech(script("de", List.of(p), List.of()));
        assertThat(first(s)).containsExactly("Firefox erschien 2004, und wurde beliebt.");
    }

    @Test
    void nonEnglishArticlesKeepDigitsInLectorsOwnPhrases() {
        Table spoken = (Table) block(new ScriptSpeech(SpeechOptions.defaults())
                .addSpeech(script("de", List.of(table("")), List.of())), 0);
        assertThat(speech(spoken.text())).containsExactly("Table with 2 rows and 2 columns.");
        assertThat(speech(spoken.rows().get(1).text())).containsExactly("Row 1.");
    }
}
