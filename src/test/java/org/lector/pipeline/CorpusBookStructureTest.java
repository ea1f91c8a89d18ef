package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.script.BlockProse;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Sentence;
import org.lector.testing.ScriptView;

/**
 * Wikipedia's chrome and the shape of the book over every corpus article and export page, with
 * the default speech options: back matter recognised and last, disambiguation hatnotes kept but
 * silent, back matter read briefly, infobox facts labelled.
 */
class CorpusBookStructureTest {
    private static final Map<String, ReadingScript> SCRIPTS = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() {
        SCRIPTS.putAll(CorpusScripts.all());
    }

    private static ReadingScript script(String name) {
        return SCRIPTS.entrySet().stream().filter(e -> e.getKey().startsWith(name + ".")).findFirst().orElseThrow().getValue();
    }

    private static List<String> chapterRoles(ReadingScript s) {
        return s.chapters().stream().map(c -> c.role() + " " + c.title()).toList();
    }

    @Test
    void theBodyComesFirstThenTheBackMatterThenTheNotes() {
        SCRIPTS.forEach((name, s) -> {
            List<SectionRole> roles = s.chapters().stream().map(Chapter::role).toList();
            assertThat(roles.get(0)).as(name).isEqualTo(SectionRole.LEAD);
            int firstBackMatter = roles.indexOf(roles.stream().filter(SectionRole::isBackMatter).findFirst().orElse(null));
            if (firstBackMatter >= 0) {
                assertThat(roles.subList(firstBackMatter, roles.size())).as(name).allMatch(SectionRole::isBackMatter);
            }
            if (roles.contains(SectionRole.NOTES)) {
                assertThat(roles.get(roles.size() - 1)).as(name).isEqualTo(SectionRole.NOTES);
            }
        });
        assertThat(chapterRoles(script("barack-obama"))).endsWith("BODY Bibliography", "SEE_ALSO See also",
                "REFERENCES References", "FURTHER_READING Further reading", "EXTERNAL_LINKS External links", "NOTES Notes");
        assertThat(chapterRoles(script("mozilla-firefox-de"))).endsWith("SEE_ALSO Siehe auch",
                "FURTHER_READING Literatur", "EXTERNAL_LINKS Weblinks", "NOTES Notes");
        assertThat(script("jesus").sections()).filteredOn(sec -> sec.heading().text().text().equals("Sources"))
                .extracting(Section::role).containsExactly(SectionRole.BODY, SectionRole.REFERENCES);
    }

    @Test
    void disambiguationHatnotesAreKeptInTheScriptAndSilentAndMainArticleIsSpoken() {
        Map<String, Integer> silent = new LinkedHashMap<>();
        SCRIPTS.forEach((name, s) -> {
            for (ScriptBlock.Hatnote h : ScriptView.blocks(s, ScriptBlock.Hatnote.class)) {
                boolean disambiguation = h.kind() == ScriptBlock.HatnoteKind.DISAMBIGUATION;
                assertThat(h.text().speaks()).as(name + ": " + h.text().text()).isEqualTo(!disambiguation);
                if (disambiguation) {
                    silent.merge(name.substring(0, name.indexOf('.')), 1, Integer::sum);
                }
            }
        });
        // every article whose top carries {{About}}, {{Redirect…}}, {{Distinguish}} or {{Weiterleitungshinweis}}
        assertThat(silent.keySet()).contains("apollo-11", "barack-obama", "belgium", "cattle", "fifa-world-cup-2026",
                "ibn-al-haytham", "jesus", "magahi-language", "mozilla-firefox-de", "oxygen");
        assertThat(ScriptView.blocks(script("belgium"), ScriptBlock.Hatnote.class))
                .filteredOn(h -> h.kind() == ScriptBlock.HatnoteKind.MAIN).isNotEmpty()
                .allMatch(h -> h.text().speech().startsWith("Main article"));
    }

    @Test
    void backMatterIsReadBriefly() {
        SCRIPTS.forEach((name, s) -> {
            for (Chapter c : s.chapters()) {
                if (!c.role().isBackMatter() || c.role() == SectionRole.NOTES) {
                    continue;
                }
                List<String> heard = heard(c);
                if (c.role() == SectionRole.SEE_ALSO) {
                    assertThat(heard.size()).as(name + ": " + c.title()).isLessThanOrEqualTo(30);
                } else {
                    assertThat(heard).as(name + ": " + c.title()).isEmpty();
                    assertThat(c.announcement()).as(name).containsAnyOf("listed in the text edition", "Listed in the text edition");
                }
            }
        });
        Chapter further = script("apollo-11").chapters().stream().filter(c -> c.title().equals("Further reading"))
                .findFirst().orElseThrow();
        assertThat(further.announcement()).isEqualTo("Chapter nine: Further reading. Seven entries, listed in the text edition.");
    }

    /** The sentences a chapter speaks besides its announcement. */
    private static List<String> heard(Chapter c) {
        List<String> out = new ArrayList<>();
        for (Section s : c.sections()) {
            for (ScriptBlock b : s.blocks()) {
                for (Sentence sentence : BlockProse.sentences(b)) {
                    if (sentence.speaks()) {
                        out.add(sentence.speech());
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyInfoboxLabelReadsAsWordsAndNoneIsLost() {
        SCRIPTS.forEach((name, s) -> {
            for (ScriptBlock.Infobox box : ScriptView.blocks(s, ScriptBlock.Infobox.class)) {
                for (ScriptBlock.InfoboxEntry e : box.entries()) {
                    assertThat(e.label()).as(name).doesNotContain("_").doesNotContainPattern("(?i)\\bkm2\\b|^blank");
                }
            }
        });
        Map<String, String> belgium = facts(script("belgium"));
        assertThat(belgium).containsEntry("Government type", "Federal parliamentary constitutional monarchy")
                .containsEntry("Area", "30,689 km² (11,849 sq mi)").containsEntry("Population density", "385/km²")
                .containsEntry("Coordinates", "50°51′N 4°21′E").containsEntry("Monarch", "Philippe")
                .containsEntry("Declared", "4 October 1830");
        // Kerala's settlement box names its rows in blank_name_secN: each label with its value
        assertThat(facts(script("kerala-ml"))).containsKeys("മാനവ വികസന സൂചിക", "HDI റാങ്ക്", "സാക്ഷരത", "ജില്ലകൾ");
        ScriptBlock.Infobox apollo = ScriptView.blocks(script("apollo-11"), ScriptBlock.Infobox.class).get(0);
        assertThat(apollo.text().speech()).isEqualTo("Infobox: Apollo eleven, twenty seven facts.");
        assertThat(apollo.entries().get(1).text().speech()).endsWith(".");
    }

    private static Map<String, String> facts(ReadingScript s) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ScriptBlock.Infobox box : ScriptView.blocks(s, ScriptBlock.Infobox.class)) {
            box.entries().forEach(e -> out.putIfAbsent(e.label(), e.text().text()));
        }
        return out;
    }
}
