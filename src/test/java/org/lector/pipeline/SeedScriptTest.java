package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Sentence;
import org.lector.script.Span;
import org.lector.script.SpanKind;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.source.RawArticle;
import org.lector.testing.Corpus;
import org.lector.testing.ScriptLeaks;
import org.lector.testing.ScriptView;

/** The article Lector was specified from, read end to end into its reading script. */
class SeedScriptTest {
    private static RawArticle raw;
    private static ReadingScript script;

    @BeforeAll
    static void convert() {
        try (ArticleStream in = ArticleReader.open(Corpus.article(Corpus.SEED))) {
            raw = in.next();
        }
        script = new ArticleConverter().toScript(raw);
    }

    private static List<String> texts(String kind) {
        return ScriptView.texts(script, kind).stream().map(ScriptView.Text::text).toList();
    }

    private static List<ScriptBlock.Heading> headings() {
        return script.sections().stream().map(s -> s.heading()).filter(h -> h.level() > 1).toList();
    }

    @Test
    void titleAndEveryHeadingInOrder() {
        assertThat(script.title()).isEqualTo("Joseph Stalin");
        assertThat(script.sections().get(0).heading().text().text()).isEqualTo("Joseph Stalin");
        // The headings as the article's editors wrote them (dashes restored from the β mojibake).
        assertThat(headings()).extracting(h -> h.text().text()).containsExactly(
                "Consolidation of power",
                "1924–1927: Succeeding Lenin",
                "1927–1931: Dekulakisation, collectivisation, and industrialisation",
                "Economic policy",
                "Cultural and foreign policy",
                "1932–1939: Major crises",
                "Famine",
                "Ideological and foreign affairs",
                "The Great Terror",
                "Notes");
        assertThat(headings()).extracting(ScriptBlock.Heading::level).containsExactly(2, 3, 3, 4, 4, 3, 4, 4, 4, 2);
    }

    @Test
    void chaptersAreTheLeadTheThreePeriodsAndTheNotes() {
        assertThat(script.chapters()).extracting(Chapter::title).containsExactly("Joseph Stalin",
                "1924–1927: Succeeding Lenin", "1927–1931: Dekulakisation, collectivisation, and industrialisation",
                "1932–1939: Major crises", "Notes");
    }

    @Test
    void hatnotesReadAsNavigationNotes() {
        assertThat(texts("hatnote")).contains(
                "Main article: Joseph Stalin's rise to power",
                "Main article: Great Purge");
        assertThat(texts("hatnote"))
                .anyMatch(t -> t.startsWith("Further information: Soviet famine of 1930–1933"))
                .anyMatch(t -> t.startsWith("See also: 1931 Prussian Landtag referendum"));
    }

    @Test
    void imagesAreFiguresDescribedByTheirCaptions() {
        List<String> figures = texts("figure");
        assertThat(figures).hasSizeGreaterThanOrEqualTo(8);
        assertThat(figures).anyMatch(t -> t.startsWith(
                "(From left to right) Stalin, Alexei Rykov, Lev Kamenev, and Grigori Zinoviev in 1925."));
        assertThat(figures).allSatisfy(f -> assertThat(f).isNotBlank());
        List<ScriptBlock.FigureGroup> groups = ScriptView.blocks(script, ScriptBlock.FigureGroup.class);
        assertThat(groups).singleElement().satisfies(g -> assertThat(g.figures()).hasSize(2));
    }

    @Test
    void quoteBoxKeepsItsSource() {
        List<ScriptBlock.Quote> quotes = ScriptView.blocks(script, ScriptBlock.Quote.class);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text().text()).startsWith("We have fallen behind the advanced countries by fifty to a hundred years.");
        assertThat(quotes.get(0).source().text()).isEqualTo("Stalin, February 1931");
    }

    @Test
    void everyCitationIsANoteReference() {
        // Each {{sfn}}, {{sfnm}} and <ref> in the wikitext is one note marker in the script.
        Matcher m = Pattern.compile("\\{\\{sfnm?\\||<ref[ >]").matcher(raw.wikitext());
        int citations = 0;
        while (m.find()) {
            citations++;
        }
        assertThat(citations).isEqualTo(204);
        List<ScriptView.Text> cited = ScriptView.texts(script).stream().filter(t -> !t.kind().equals("note")).toList();
        long markers = cited.stream().flatMap(t -> t.prose().spans().stream())
                .filter(s -> s.kind() == SpanKind.NOTEREF).count();
        // an alt-described figure's caption carries notes outside the text
        long outsideText = cited.stream().mapToLong(t -> t.prose().notes().stream().filter(n -> t.prose().spans().stream()
                        .noneMatch(s -> s.kind() == SpanKind.NOTEREF && s.value().equals(n.label()))).count())
                .sum();
        assertThat(markers + outsideText).isEqualTo(citations);
        List<String> notes = texts("note");
        assertThat(notes)
                .contains("Conquest 1991, p. 104; Montefiore 2003, p. 30; Service 2004, p. 219; Kotkin 2014, p. 534; Khlevniuk 2015, p. 79.")
                .contains("Kotkin 2014, p. 426.")
                .anyMatch(t -> t.startsWith("Kuromiya, Hiroaki (16 August 2013). Stalin. Routledge. p. 60."));
        // identical sfns are one note: fewer notes than markers
        assertThat(notes.size()).isLessThan((int) markers);
    }

    @Test
    void noWikitextMojibakeOrChromeSurvives() {
        assertThat(ScriptLeaks.find(script)).isEmpty();
        for (ScriptView.Text t : ScriptView.texts(script)) {
            assertThat(t.text()).doesNotContain("β");
            t.prose().notes().forEach(n -> assertThat(n.text()).doesNotContain("β"));
        }
    }

    /**
     * No prose is lost: the visible paragraph text, worked out here independently of the parser
     * (refs, templates and file links removed, links reduced to labels), appears word for word
     * and in order in the script's paragraphs.
     */
    @Test
    void everyWordOfTheVisibleProseAppearsInOrder() {
        List<String> expected = words(visibleProse(raw.wikitext()));
        StringBuilder scriptText = new StringBuilder();
        for (String paragraph : texts("paragraph")) {
            scriptText.append(paragraph).append(' ');
        }
        List<String> actual = words(scriptText.toString());
        assertThat(expected).hasSizeGreaterThan(3500);
        int at = 0;
        for (int k = 0; k < expected.size(); k++) {
            String w = expected.get(k);
            int found = actual.subList(at, actual.size()).indexOf(w);
            if (found < 0) {
                throw new AssertionError("word " + k + " \"" + w + "\" (after \""
                        + String.join(" ", expected.subList(Math.max(0, k - 8), k)) + "\") not found in order");
            }
            at += found + 1;
        }
    }

    static String visibleProse(String wikitext) {
        String s = wikitext.replaceAll("(?s)<ref[^>]*/>|<ref[^>]*>.*?</ref>", " ");
        String before;
        do {
            before = s;
            s = s.replaceAll("\\{\\{[^{}]*\\}\\}", " ");
        } while (!s.equals(before));
        do {
            before = s;
            s = s.replaceAll("\\[\\[(?:File|Image):[^\\[\\]]*\\]\\]", " ")
                    .replaceAll("\\[\\[(?!File:|Image:)(?:[^\\[\\]|]*\\|)?([^\\[\\]|]*)\\]\\]", "$1");
        } while (!s.equals(before));
        return s.replaceAll("(?m)^=+.*=+\\s*$", " ").replace("'''", "").replace("''", "");
    }

    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    @Test
    void idsAreUniqueAndStable() {
        assertThat(ScriptView.texts(script).stream().filter(t -> !t.kind().equals("quote-source")).map(ScriptView.Text::id))
                .doesNotHaveDuplicates();
        assertThat(ScriptView.sentences(script)).extracting(Sentence::id).doesNotHaveDuplicates();
        assertThat(script.blocks().get(1).id()).isEqualTo("s1.h");
        ReadingScript again = new ArticleConverter().toScript(raw);
        assertThat(ScriptView.sentences(again)).extracting(Sentence::id)
                .isEqualTo(ScriptView.sentences(script).stream().map(Sentence::id).toList());
        // the same script, speech and all, on every run
        assertThat(again).isEqualTo(script);
    }

    @Test
    void spansAndSentencesStayInsideTheirTextAndInOrder() {
        for (ScriptView.Text t : ScriptView.texts(script)) {
            int length = t.text().length();
            for (Span s : t.prose().spans()) {
                assertThat(s.start()).isBetween(0, length);
                assertThat(s.end()).isBetween(s.start(), length);
            }
            int previousEnd = 0;
            for (Sentence s : t.prose().sentences()) {
                assertThat(s.start()).as(s.id()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(s.end()).as(s.id()).isBetween(s.start(), length);
                previousEnd = s.end();
            }
        }
    }

    @Test
    void everyParagraphIsSplitIntoSentencesAndEachHasItsSpokenForm() {
        for (ScriptBlock.Paragraph p : ScriptView.blocks(script, ScriptBlock.Paragraph.class)) {
            assertThat(p.text().sentences()).as(p.id()).isNotEmpty();
            for (Sentence s : p.text().sentences()) {
                assertThat(s.id()).startsWith(p.id() + ".");
                assertThat(s.speech()).as(s.id()).isNotBlank();
            }
        }
        // the seed's paragraphs average several sentences each: they are really split
        long sentences = ScriptView.blocks(script, ScriptBlock.Paragraph.class).stream()
                .mapToLong(p -> p.text().sentences().size()).sum();
        assertThat(sentences).isGreaterThan(3L * ScriptView.blocks(script, ScriptBlock.Paragraph.class).size());
    }
}
