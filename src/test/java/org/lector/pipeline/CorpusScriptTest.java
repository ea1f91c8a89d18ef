package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;
import org.lector.testing.ScriptLeaks;

/**
 * Every article of the shared corpus, including every page of both export XML files, read once
 * into its reading script; the tests below check properties of all of them.
 */
class CorpusScriptTest {
    private static final Map<String, ReadingScript> SCRIPTS = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() {
        ArticleConverter converter = new ArticleConverter();
        for (Path file : Corpus.files("")) {
            try (ArticleStream in = ArticleReader.open(file)) {
                while (in.hasNext()) {
                    ReadingScript s = converter.toScript(in.next());
                    SCRIPTS.put(file.getFileName() + " / " + s.title(), s);
                }
            }
        }
    }

    @Test
    void everyArticleAndEveryExportPageIsConverted() {
        // 11 .wiki files, 1 page in apollo-11.xml, 5 in enwiki-table-markup.xml
        assertThat(SCRIPTS).hasSize(17);
        SCRIPTS.forEach((name, s) -> {
            assertThat(s.items()).as(name).hasSizeGreaterThan(10);
            assertThat(s.items().get(0).role()).as(name).isEqualTo(Role.TITLE);
        });
    }

    @Test
    void noWikitextSurvivesInAnyTextField() {
        List<String> leaks = new ArrayList<>();
        SCRIPTS.forEach((name, s) -> ScriptLeaks.find(s).forEach(l -> leaks.add(name + ": " + l)));
        assertThat(leaks).isEmpty();
    }

    @Test
    void largeArticlesKeepTheirStructure() {
        ReadingScript obama = script("barack-obama.wiki");
        assertThat(count(obama, Role.HEADING)).isGreaterThan(30);
        assertThat(count(obama, Role.NOTE)).isGreaterThan(400);
        ReadingScript fifa = script("fifa-world-cup-2026.wiki");
        assertThat(count(fifa, Role.TABLE)).isGreaterThanOrEqualTo(10);
        assertThat(count(fifa, Role.CELL)).isGreaterThan(200);
        ReadingScript oxygen = script("oxygen.wiki");
        assertThat(count(oxygen, Role.FORMULA) + oxygen.items().stream()
                .filter(i -> i.spans().stream().anyMatch(s -> s.type().equals("formula"))).count()).isPositive();
        ReadingScript cattle = script("cattle.wiki");
        assertThat(count(cattle, Role.FIGURE_GROUP)).isGreaterThanOrEqualTo(5);
        ReadingScript jesus = script("jesus.wiki");
        assertThat(jesus.items()).anyMatch(i -> i.role() == Role.NOTE && "lower-alpha".equals(i.attributes().get("group")));
    }

    @Test
    void nonEnglishArticlesKeepTheirLanguageAndScript() {
        ReadingScript kerala = script("kerala-ml.wiki");
        assertThat(kerala.language()).isEqualTo("ml");
        assertThat(kerala.items()).anyMatch(i -> i.role() == Role.PARAGRAPH && i.text().matches(".*[\\u0D00-\\u0D7F]{5,}.*"));
        assertThat(count(kerala, Role.FIGURE)).isGreaterThan(10);
        ReadingScript firefox = script("mozilla-firefox-de.wiki");
        assertThat(firefox.language()).isEqualTo("de");
        assertThat(count(firefox, Role.FIGURE)).isGreaterThan(3);
    }

    @Test
    void idsAreUniqueInEveryScript() {
        SCRIPTS.forEach((name, s) -> assertThat(s.items()).as(name).extracting(ScriptItem::id).doesNotHaveDuplicates());
    }

    /** What a TTS engine would misread: digits, dashes, symbols, abbreviations left abbreviated. */
    private static final java.util.regex.Pattern UNSPEAKABLE = java.util.regex.Pattern.compile(
            "[0-9]|[-–—‒―]|[%&/]|\\b(?:p|pp|No|vol|ed|eds|St|Dr|Mr|Jr|vs)\\.|\\bet al\\.|\\be\\.g\\.|\\bi\\.e\\.|\\betc\\.");

    @Test
    void everySpeechFieldOfTheEnglishArticlesIsPlainWords() {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var e : SCRIPTS.entrySet()) {
            if (!e.getValue().language().equals("en")) {
                continue; // the English rules are not for German or Malayalam
            }
            for (ScriptItem i : e.getValue().items()) {
                assertThat(i.speech()).as(e.getKey() + " " + i.id()).isNotNull();
                var m = UNSPEAKABLE.matcher(i.speech());
                if (m.find()) {
                    int from = Math.max(0, m.start() - 30);
                    problems.add(e.getKey() + " " + i.id() + ": «" + i.speech().substring(from, Math.min(i.speech().length(), m.end() + 30)) + "»");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5000);
        assertThat(problems).isEmpty();
    }

    private static ReadingScript script(String file) {
        return SCRIPTS.entrySet().stream().filter(e -> e.getKey().startsWith(file + " / "))
                .findFirst().orElseThrow().getValue();
    }

    private static long count(ReadingScript s, Role role) {
        return s.items().stream().filter(i -> i.role() == role).count();
    }
}
