package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;
import org.lector.script.BlockProse;
import org.lector.script.Chapter;
import org.lector.script.HatnoteSelection;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBuilder;
import org.lector.script.Section;
import org.lector.script.Sentence;
import org.lector.wikitext.WikitextParser;

/**
 * What a listener hears of Wikipedia's chrome: disambiguation hatnotes left out unless asked
 * for, "Main article" kept; back matter read in full, briefly or not at all.
 */
class BookStructureSpeechTest {
    private static final SpeechOptions DEFAULTS = new SpeechOptions(CitationMode.NOTES, EnglishVariety.AMERICAN,
            List.of(), List.of(), LectorHome.fromSystemProperty());

    private static final String ARTICLE = "{{About|the planet}}\nMercury is a planet.<ref>NASA 2020.</ref>\n"
            + "== Orbit ==\n{{Main|Mercury's orbit}}\nIt is fast.\n"
            + "== See also ==\n* [[Venus]]\n* [[Mars]]: the red planet. Also a god.\n"
            + "== References ==\n=== Books ===\n* Smith, J. (2001). ''Planets''. ISBN 978-0-00-000000-2.\n"
            + "* Jones, K. (1999). ''Orbits''.\n=== Articles ===\n* Lee (2005).\n"
            + "== External links ==\n* [http://example.org NASA page]\n";

    private static ReadingScript spoken(String wikitext, SpeechOptions options) {
        ReadingScript script = new ScriptBuilder().build(new WikitextParser().parse("Mercury", "en", wikitext));
        return new ScriptSpeech(options).addSpeech(script);
    }

    /** Every spoken sentence of a chapter, in order, as the audiobook reads it (announcement first). */
    private static List<String> heard(Chapter c) {
        List<String> out = new ArrayList<>();
        if (c.announces()) {
            out.add(c.announcement());
        }
        for (Section s : c.sections()) {
            List<ScriptBlock> blocks = new ArrayList<>();
            if (!s.heading().id().equals(c.announced())) {
                blocks.add(s.heading());
            }
            blocks.addAll(s.blocks());
            for (ScriptBlock b : blocks) {
                for (Sentence sentence : BlockProse.sentences(b)) {
                    if (sentence.speaks()) {
                        out.add(sentence.speech());
                    }
                }
            }
        }
        return out;
    }

    private static Chapter chapter(ReadingScript s, String title) {
        return s.chapters().stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aDisambiguationHatnoteIsKeptInTheScriptButNotSpokenAndMainArticleIsSpoken() {
        ReadingScript s = spoken(ARTICLE, DEFAULTS);
        ScriptBlock.Hatnote about = (ScriptBlock.Hatnote) s.chapters().get(0).sections().get(0).blocks().get(0);
        assertThat(about.kind()).isEqualTo(ScriptBlock.HatnoteKind.DISAMBIGUATION);
        assertThat(about.text().text()).isEqualTo("This article is about the planet. For other uses, see Mercury (disambiguation).");
        assertThat(about.text().speaks()).isFalse();
        assertThat(heard(s.chapters().get(0))).containsExactly("Mercury.", "Mercury is a planet. Note one.");
        assertThat(heard(chapter(s, "Orbit"))).containsExactly("Chapter two: Orbit.", "Main article: Mercury's orbit",
                "It is fast.");
    }

    @Test
    void hatnotesAllSpeaksTheDisambiguationOnesAndNoneSpeaksNone() {
        assertThat(heard(spoken(ARTICLE, DEFAULTS.withHatnotes(HatnoteSelection.ALL)).chapters().get(0)))
                .contains("This article is about the planet. For other uses, see Mercury (disambiguation).");
        assertThat(heard(chapter(spoken(ARTICLE, DEFAULTS.withHatnotes(HatnoteSelection.NONE)), "Orbit")))
                .containsExactly("Chapter two: Orbit.", "It is fast.");
    }

    @Test
    void briefBackMatterReadsSeeAlsoTitlesAndCountsTheRest() {
        ReadingScript s = spoken(ARTICLE, DEFAULTS);
        assertThat(heard(chapter(s, "See also"))).containsExactly("Chapter three: See also.", "Venus",
                "Mars: the red planet.");
        assertThat(heard(chapter(s, "References")))
                .containsExactly("Chapter four: References. Three entries, listed in the text edition.");
        assertThat(heard(chapter(s, "External links")))
                .containsExactly("Chapter five: External links. One link, listed in the text edition.");
        // print keeps every entry
        assertThat(chapter(s, "References").sections()).extracting(sec -> sec.heading().text().text())
                .containsExactly("References", "Books", "Articles");
        assertThat(chapter(s, "Notes").announcement()).isEqualTo("Chapter six: Notes.");
    }

    @Test
    void aLongSeeAlsoReadsItsFirstTwentyTitlesAndSaysHowManyThereAre() {
        StringBuilder list = new StringBuilder("Lead.\n== See also ==\n");
        for (int i = 1; i <= 23; i++) {
            list.append("* [[Topic ").append((char) ('A' + i - 1)).append("]]\n");
        }
        list.append("=== More ===\n* [[Topic X]]\n");
        List<String> heard = heard(chapter(spoken(list.toString(), DEFAULTS), "See also"));
        assertThat(heard.get(0)).isEqualTo(
                "Chapter two: See also. Twenty four titles; the first twenty are read here, all are in the text edition.");
        // the subsection "More" holds only titles past the twentieth: its heading is not read either
        assertThat(heard).hasSize(21).endsWith("Topic T");
    }

    @Test
    void backMatterReadInFullOrSkipped() {
        ReadingScript read = spoken(ARTICLE, DEFAULTS.withBackMatter(BackMatterReading.READ));
        assertThat(heard(chapter(read, "References"))).contains("Chapter four: References.", "Books", "Orbits.",
                "Articles", "Lee (two thousand five).").hasSize(8)
                // an identifier in the text is not read digit by digit (the speech rules leave it out)
                .noneMatch(said -> said.contains("I S B N") || said.contains("nine seven eight"));
        ReadingScript skipped = spoken(ARTICLE, DEFAULTS.withBackMatter(BackMatterReading.SKIP));
        assertThat(skipped.chapters()).filteredOn(Chapter::speaks).extracting(Chapter::title)
                .containsExactly("Mercury", "Orbit", "Notes");
        // skipping is a spoken choice: the text is all there
        assertThat(chapter(skipped, "See also").sections().get(0).blocks()).hasSize(1);
    }

    /** Every spoken sentence of the lead's blocks, in order. */
    private static List<String> leadSpeech(String wikitext) {
        List<String> out = new ArrayList<>();
        for (ScriptBlock b : spoken(wikitext, DEFAULTS).chapters().get(0).sections().get(0).blocks()) {
            BlockProse.sentences(b).stream().filter(Sentence::speaks).forEach(x -> out.add(x.speech()));
        }
        return out;
    }

    @Test
    void aCellSpanningRowsIsSaidAgainInEachRowItCovers() {
        assertThat(leadSpeech("{|\n! Year !! Film\n|-\n| rowspan=3 | 1940 || Rebecca\n|-\n| Pride\n|-\n| Kitty\n"
                + "|-\n| 1941 || Lydia\n|}")).containsExactly("Table with five rows and two columns.",
                "Columns: Year, Film.", "Row one.", "Year: nineteen forty", "Film: Rebecca",
                "Row two.", "Year: nineteen forty. Film: Pride", "Row three.", "Year: nineteen forty. Film: Kitty",
                "Row four.", "Year: nineteen forty one", "Film: Lydia");
        // a spanning cell in a later column is said where its column comes, after the cells before it
        assertThat(leadSpeech("{|\n! Film !! Year\n|-\n| Rebecca || rowspan=2 | 1940\n|-\n| Pride\n|}"))
                .containsSubsequence("Row two.", "Film: Pride. Year: nineteen forty.");
    }

    @Test
    void aHeaderRowWrittenInBoldLabelsItsColumns() {
        assertThat(leadSpeech("{|\n| '''Year''' || '''Event'''\n|-\n| 1809 || Born\n|}"))
                .containsExactly("Table with two rows and two columns.", "Columns: Year, Event.", "Row one.",
                        "Year: eighteen oh nine", "Event: Born");
    }

    @Test
    void aNestedListIsAnnouncedWhereItBeginsAndClosedWhereTheListGoesOn() {
        assertThat(leadSpeech("* Fruit\n** Apples\n** Pears\n*** Conference\n* Vegetables\n** Leeks"))
                .containsExactly("Fruit", "Sub list, two items: Apples", "Pears",
                        "Sub list, level three, one item: Conference. End of sub list.", "Vegetables",
                        "Sub list, one item: Leeks");
        assertThat(leadSpeech("# First\n## Detail\n# Second")).containsExactly("one. First",
                "Sub list, one item: one. Detail. End of sub list.", "two. Second");
        // a list indented as a whole is not a sub-list of anything
        assertThat(leadSpeech(":* One\n:* Two")).containsExactly("One", "Two");
    }
}
