package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptJson;
import org.lector.script.ScriptJsonReader;
import org.lector.script.Sentence;
import org.lector.script.SpanKind;
import org.lector.testing.ScriptLeaks;
import org.lector.testing.ScriptView;

/**
 * Every article of the shared corpus, including every page of both export XML files, read once
 * into its reading script; the tests below check properties of all of them.
 */
class CorpusScriptTest {
    private static final Map<String, ReadingScript> SCRIPTS = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() {
        SCRIPTS.putAll(CorpusScripts.all());
    }

    @Test
    void everyArticleAndEveryExportPageIsConverted() {
        // 11 .wiki files, 1 page in apollo-11.xml, 5 in enwiki-table-markup.xml
        assertThat(SCRIPTS).hasSize(17);
        SCRIPTS.forEach((name, s) -> {
            assertThat(s.blocks()).as(name).hasSizeGreaterThan(10);
            assertThat(s.blocks().get(0).id()).as(name).isEqualTo("t");
            assertThat(s.chapters()).as(name).isNotEmpty();
            assertThat(s.chapters()).extracting(Chapter::number).as(name)
                    .isEqualTo(java.util.stream.IntStream.rangeClosed(1, s.chapters().size()).boxed().toList());
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
        assertThat(obama.sections()).hasSizeGreaterThan(30);
        assertThat(ScriptView.blocks(obama, ScriptBlock.Note.class)).hasSizeGreaterThan(400);
        ReadingScript fifa = script("fifa-world-cup-2026.wiki");
        assertThat(ScriptView.blocks(fifa, ScriptBlock.Table.class)).hasSizeGreaterThanOrEqualTo(10);
        assertThat(ScriptView.texts(fifa, "cell")).hasSizeGreaterThan(200);
        ReadingScript oxygen = script("oxygen.wiki");
        assertThat(ScriptView.blocks(oxygen, ScriptBlock.Formula.class).size() + ScriptView.texts(oxygen).stream()
                .filter(t -> t.prose().spans().stream().anyMatch(s -> s.kind() == SpanKind.FORMULA)).count()).isPositive();
        ReadingScript cattle = script("cattle.wiki");
        assertThat(ScriptView.blocks(cattle, ScriptBlock.FigureGroup.class)).hasSizeGreaterThanOrEqualTo(5);
        ReadingScript jesus = script("jesus.wiki");
        assertThat(ScriptView.blocks(jesus, ScriptBlock.Note.class)).anyMatch(n -> n.group().equals("lower-alpha"));
    }

    @Test
    void nonEnglishArticlesKeepTheirLanguageAndScript() {
        ReadingScript kerala = script("kerala-ml.wiki");
        assertThat(kerala.language()).isEqualTo("ml");
        assertThat(ScriptView.texts(kerala, "paragraph")).anyMatch(t -> t.text().matches(".*[\\u0D00-\\u0D7F]{5,}.*"));
        assertThat(ScriptView.blocks(kerala, ScriptBlock.Figure.class)).hasSizeGreaterThan(10);
        ReadingScript firefox = script("mozilla-firefox-de.wiki");
        assertThat(firefox.language()).isEqualTo("de");
        assertThat(ScriptView.blocks(firefox, ScriptBlock.Figure.class)).hasSizeGreaterThan(3);
    }

    @Test
    void idsAreUniqueInEveryScript() {
        SCRIPTS.forEach((name, s) -> {
            assertThat(ScriptView.texts(s).stream().filter(t -> !t.kind().equals("quote-source")).map(ScriptView.Text::id))
                    .as(name).doesNotHaveDuplicates();
            assertThat(ScriptView.sentences(s)).extracting(Sentence::id).as(name).doesNotHaveDuplicates();
        });
    }

    /**
     * The published format holds for real articles: every line written for every article and
     * export page validates against the shipped schema, and reading it back gives an equal script.
     */
    @Test
    void everyScriptJsonlValidatesAgainstTheSchemaAndReadsBackEqual() throws Exception {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema schema = registry.getSchema(ScriptJson.schema(), InputFormat.JSON);
        int lines = 0;
        for (var e : SCRIPTS.entrySet()) {
            StringWriter out = new StringWriter();
            ScriptJson.write(e.getValue(), out);
            List<String> written = out.toString().lines().toList();
            for (int k = 0; k < written.size(); k++) {
                List<com.networknt.schema.Error> errors = schema.validate(written.get(k), InputFormat.JSON);
                assertThat(errors).as(e.getKey() + " line " + (k + 1)).isEmpty();
            }
            lines += written.size();
            ReadingScript back = ScriptJsonReader.read(new StringReader(out.toString()), e.getKey());
            assertThat(back).as(e.getKey()).isEqualTo(e.getValue());
        }
        assertThat(lines).isGreaterThan(5000);
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
            List<String> spoken = new ArrayList<>();
            List<String> where = new ArrayList<>();
            for (Sentence sentence : ScriptView.sentences(e.getValue())) {
                assertThat(sentence.speech()).as(e.getKey() + " " + sentence.id()).isNotNull();
                spoken.add(sentence.speech());
                where.add(sentence.id());
            }
            for (Chapter c : e.getValue().chapters()) {
                assertThat(c.announcement()).as(e.getKey() + " chapter " + c.number()).isNotBlank();
                spoken.add(c.announcement());
                where.add("chapter " + c.number());
            }
            for (int k = 0; k < spoken.size(); k++) {
                String said = spoken.get(k);
                var m = UNSPEAKABLE.matcher(said);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 30);
                    problems.add(e.getKey() + " " + where.get(k) + ": «" + said.substring(from, Math.min(said.length(), m.end() + 30)) + "»");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(5000);
        assertThat(problems).isEmpty();
    }

    /**
     * Every note in the notes list is cited somewhere (a note reference in the text, a caption, a
     * quotation's source, a table or another note), and none is empty: a marker "[137]" followed by
     * nothing is a warning, not a note.
     */
    @Test
    void everyNoteIsCitedSomewhereAndNoneIsEmpty() {
        int notes = 0;
        for (var e : SCRIPTS.entrySet()) {
            Set<String> cited = new HashSet<>();
            for (ScriptView.Text t : ScriptView.texts(e.getValue())) {
                t.prose().notes().forEach(n -> cited.add(n.group() + "/" + n.label()));
            }
            for (ScriptBlock.Note n : ScriptView.blocks(e.getValue(), ScriptBlock.Note.class)) {
                assertThat(cited).as(e.getKey() + ": " + n.id() + " is cited nowhere").contains(n.group() + "/" + n.label());
                assertThat(n.text().text()).as(e.getKey() + ": " + n.id() + " is empty").isNotBlank();
                notes++;
            }
        }
        assertThat(notes).isGreaterThan(2000);
    }

    /** Words that templates carry reach the script: a cities box, a crew table, a German language mark, a quote's note. */
    @Test
    void wordsCarriedByTemplatesAreRead() {
        assertThat(ScriptView.texts(script("belgium.wiki"), "cell")).extracting(ScriptView.Text::text)
                .contains("Antwerp", "Ghent", "Charleroi", "Schaerbeek/Schaarbeek", "Molenbeek-Saint-Jean/Sint-Jans-Molenbeek");
        assertThat(ScriptView.texts(script("apollo-11.xml"), "cell")).extracting(ScriptView.Text::text)
                .contains("Neil A. Armstrong", "Michael Collins", "Edwin \"Buzz\" E. Aldrin, Jr.");
        assertThat(ScriptView.texts(script("mozilla-firefox-de.wiki"), "paragraph")).extracting(ScriptView.Text::text)
                .anyMatch(t -> t.contains("Motive (englisch themes)"))
                .anyMatch(t -> t.contains("chinesischen Bezeichnung chinesisch huǒ hú 火狐, ‚Feuerfuchs‘"));
        assertThat(ScriptView.texts(script("kerala-ml.wiki"))).extracting(ScriptView.Text::text)
                .noneMatch(t -> t.contains("[[") || t.contains(" | "));
    }

    private static ReadingScript script(String file) {
        return SCRIPTS.entrySet().stream().filter(e -> e.getKey().startsWith(file + " / "))
                .findFirst().orElseThrow().getValue();
    }
}
