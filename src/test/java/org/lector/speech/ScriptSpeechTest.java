package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptBuilder;
import org.lector.script.ScriptItem;
import org.lector.wikitext.WikitextParser;

/**
 * The spoken form of whole items, with expectations written by hand from how a reader would say
 * them. Names respelled by the shipped lexicon (voices/lexicon-en.pls) appear respelled: "Kot kin".
 */
class ScriptSpeechTest {

    private static ReadingScript speak(String wikitext, CitationMode mode) {
        ReadingScript script = new ScriptBuilder().build(new WikitextParser().parse("Sample", "en", wikitext));
        return new ScriptSpeech(new SpeechOptions(mode, EnglishVariety.AMERICAN, List.of(), List.of())).addSpeech(script);
    }

    private static List<String> spoken(ReadingScript s, Role role) {
        return s.items().stream().filter(i -> i.role() == role).map(ScriptItem::speech).toList();
    }

    private static final String CITED = "Lenin died in January 1924.{{sfn|Kotkin|2014|p=426}} Stalin took charge.";

    @Test
    void notesModeReadsAShortMarkerAndTheNotesAtTheEnd() {
        ReadingScript s = speak(CITED, CitationMode.NOTES);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly(
                "Lenin died in January nineteen twenty four. Note one. Stalin took charge.");
        assertThat(spoken(s, Role.NOTE)).containsExactly("Note one: Kot kin, twenty fourteen, page four hundred twenty six.");
    }

    @Test
    void inlineModeReadsTheSourceAfterTheSentence() {
        ReadingScript s = speak(CITED, CitationMode.INLINE);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly(
                "Lenin died in January nineteen twenty four. Source: Kot kin, twenty fourteen, page four hundred twenty six. Stalin took charge.");
        assertThat(spoken(s, Role.NOTE)).containsExactly("");
    }

    @Test
    void paragraphModeGathersTheSourcesAfterTheParagraph() {
        ReadingScript s = speak("A.{{sfn|Kotkin|2014|p=1}} B.{{sfn|Kotkin|2014|p=1}} C.{{sfn|Service|2004|pp=5–7}}",
                CitationMode.PARAGRAPH);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly(
                "A. B. C. Sources: Kot kin, twenty fourteen, page one; Service, two thousand four, pages five to seven.");
    }

    @Test
    void noneModeDropsCitations() {
        assertThat(spoken(speak(CITED, CitationMode.NONE), Role.PARAGRAPH)).containsExactly(
                "Lenin died in January nineteen twenty four. Stalin took charge.");
    }

    @Test
    void aMarkerInsideASentenceIsSetOffByPauses() {
        ReadingScript s = speak("He moved,{{sfn|Kotkin|2014|p=2}} then stayed.", CitationMode.NOTES);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly("He moved, note one, then stayed.");
    }

    @Test
    void aMarkerAfterASemicolonAddsNoSecondPause() {
        ReadingScript s = speak("He moved;{{sfn|Kotkin|2014|p=2}} then stayed.", CitationMode.NOTES);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly("He moved; note one, then stayed.");
    }

    @Test
    void inlineSourcesWaitForTheEndOfTheirSentence() {
        ReadingScript s = speak("He moved,{{sfn|Kotkin|2014|p=2}} then stayed. Next.", CitationMode.INLINE);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly(
                "He moved, then stayed. Source: Kot kin, twenty fourteen, page two. Next.");
    }

    @Test
    void aSentenceEndingInAnAbbreviationStillEndsBeforeItsMarker() {
        ReadingScript s = speak("He lived in Washington, D.C.{{sfn|Kotkin|2014|p=2}} Then he left.", CitationMode.NOTES);
        assertThat(spoken(s, Role.PARAGRAPH).get(0)).contains("Note one. Then he left.");
    }

    @Test
    void aNoteThatExplainsIsReadAsWrittenNotAsItsSourceAlone() {
        ReadingScript s = speak("A.<ref>{{harvnb|Ehrman|2014|p=152}}: the author argues that the title was used by the early followers of Jesus.</ref>",
                CitationMode.NOTES);
        assertThat(spoken(s, Role.NOTE).get(0)).contains("the author argues that the title was used by the early followers");
    }

    @Test
    void identifiersAreNotReadInNotes() {
        ReadingScript s = speak("A.<ref>{{cite book |last=Mellor |first=C. Michael |title=Louis Braille |year=2006 "
                + "|publisher=National Braille Press |isbn=978-0-939173-70-9}}</ref>", CitationMode.NOTES);
        assertThat(spoken(s, Role.NOTE)).containsExactly("Note one: C. Michael Mellor, Louis Braille, National Braille Press, two thousand six.");
    }

    @Test
    void transcriptionsWrittenAsTextAreLeftOut() {
        ReadingScript s = speak("The word for father is [baːp] in Magahi.", CitationMode.NOTES);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly("The word for father is in Magahi.");
    }

    @Test
    void lineBreaksBetweenValuesArePauses() {
        ReadingScript s = speak(";Crew:Neil Armstrong<br>Michael Collins", CitationMode.NOTES);
        assertThat(spoken(s, Role.LIST_ITEM)).containsExactly("Crew: Neil Armstrong, Michael Collins");
    }

    @Test
    void figuresAreAnnouncedAsImagesWithDescriptionThenCaption() {
        ReadingScript s = speak("[[File:A.jpg|thumb|alt=Two men on a bench|Stalin and Kirov in 1934]]", CitationMode.NOTES);
        assertThat(spoken(s, Role.FIGURE)).containsExactly(
                "Image: Two men on a bench. Stalin and Kee rof in nineteen thirty four.");
    }

    @Test
    void figureGroupsCountTheirImages() {
        ReadingScript s = speak("<gallery>\nFile:A.jpg|A cow\nFile:B.jpg|A bull\n</gallery>", CitationMode.NOTES);
        assertThat(spoken(s, Role.FIGURE_GROUP)).containsExactly("Group of two images.");
        assertThat(spoken(s, Role.FIGURE)).containsExactly("Image one: A cow.", "Image two: A bull.");
    }

    @Test
    void quotationsAreFramedWithTheirSource() {
        ReadingScript s = speak("{{Quote box|quote=We must close that gap in ten years.|source=Stalin, February 1931}}",
                CitationMode.NOTES);
        assertThat(spoken(s, Role.QUOTE)).containsExactly(
                "Quotation: We must close that gap in ten years. End of quotation, Stalin, February nineteen thirty one.");
    }

    @Test
    void tablesAreReadRowByRowWithTheirHeaders() {
        ReadingScript s = speak("{|\n|+ Milestones\n! Year !! Event\n|-\n| 1809 || Born\n|}", CitationMode.NOTES);
        assertThat(s.items().stream().filter(i -> i.role() != Role.TITLE).map(ScriptItem::speech).toList()).containsExactly(
                "Table: Milestones, with two rows and two columns.",
                "Columns: Year, Event.",
                "", "",
                "Row one.",
                "Year: eighteen oh nine",
                "Event: Born");
    }

    @Test
    void formulasAreReadInWords() {
        ReadingScript s = speak(":<math>E = mc^2</math>", CitationMode.NOTES);
        assertThat(spoken(s, Role.FORMULA)).containsExactly("E equals m c squared.");
    }

    @Test
    void transcriptionsAndForeignScriptsAreNotReadLetterByLetter() {
        ReadingScript s = speak("'''Joseph Stalin''' ({{lang|ru|Иосиф Сталин}}; {{IPA|ru|ˈjosʲɪf ˈstalʲɪn}}) was a leader.",
                CitationMode.NOTES);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly("Joseph Stalin (Russian text) was a leader.");
    }

    @Test
    void nonEnglishArticlesKeepTheirNumbersForTheirOwnVoice() {
        ReadingScript script = new ScriptBuilder().build(new WikitextParser().parse("Firefox", "de",
                "Firefox erschien 2004 – und wurde beliebt."));
        ReadingScript s = new ScriptSpeech(SpeechOptions.defaults()).addSpeech(script);
        assertThat(spoken(s, Role.PARAGRAPH)).containsExactly("Firefox erschien 2004, und wurde beliebt.");
    }
}
