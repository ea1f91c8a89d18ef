package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.script.Span;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.source.RawArticle;
import org.lector.testing.Corpus;
import org.lector.testing.ScriptLeaks;

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

    private static List<ScriptItem> items(Role role) {
        return script.items().stream().filter(i -> i.role() == role).toList();
    }

    @Test
    void titleAndEveryHeadingInOrder() {
        assertThat(script.items().get(0).role()).isEqualTo(Role.TITLE);
        assertThat(script.items().get(0).text()).isEqualTo("Joseph Stalin");
        // The headings as the article's editors wrote them (dashes restored from the β mojibake).
        assertThat(items(Role.HEADING)).extracting(ScriptItem::text).containsExactly(
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
        assertThat(items(Role.HEADING)).extracting(ScriptItem::level).containsExactly(2, 3, 3, 4, 4, 3, 4, 4, 4, 2);
    }

    @Test
    void hatnotesReadAsNavigationNotes() {
        assertThat(items(Role.HATNOTE)).extracting(ScriptItem::text).contains(
                "Main article: Joseph Stalin's rise to power",
                "Main article: Great Purge");
        assertThat(items(Role.HATNOTE)).extracting(ScriptItem::text)
                .anyMatch(t -> t.startsWith("Further information: Soviet famine of 1930–1933"))
                .anyMatch(t -> t.startsWith("See also: 1931 Prussian Landtag referendum"));
    }

    @Test
    void imagesAreFiguresDescribedByTheirCaptions() {
        List<ScriptItem> figures = items(Role.FIGURE);
        assertThat(figures).hasSizeGreaterThanOrEqualTo(8);
        assertThat(figures).extracting(ScriptItem::text).anyMatch(t -> t.startsWith(
                "(From left to right) Stalin, Alexei Rykov, Lev Kamenev, and Grigori Zinoviev in 1925."));
        assertThat(figures).allSatisfy(f -> assertThat(f.text()).isNotBlank());
        assertThat(items(Role.FIGURE_GROUP)).hasSize(1);
        assertThat(items(Role.FIGURE_GROUP).get(0).attributes()).containsEntry("count", "2");
    }

    @Test
    void quoteBoxKeepsItsSource() {
        List<ScriptItem> quotes = items(Role.QUOTE);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).startsWith("We have fallen behind the advanced countries by fifty to a hundred years.");
        assertThat(quotes.get(0).attributes()).containsEntry("source", "Stalin, February 1931");
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
        long markers = script.items().stream().filter(i -> i.role() != Role.NOTE)
                .flatMap(i -> i.spans().stream()).filter(s -> s.type().equals("noteref")).count();
        // a quote's source or an alt-described figure's caption carries notes outside the text
        long outsideText = script.items().stream().filter(i -> i.role() != Role.NOTE)
                .mapToLong(i -> i.notes().stream().filter(n -> i.spans().stream()
                        .noneMatch(s -> s.type().equals("noteref") && s.value().equals(n.label()))).count())
                .sum();
        assertThat(markers + outsideText).isEqualTo(citations);
        List<ScriptItem> notes = items(Role.NOTE);
        assertThat(notes).extracting(ScriptItem::text)
                .contains("Conquest 1991, p. 104; Montefiore 2003, p. 30; Service 2004, p. 219; Kotkin 2014, p. 534; Khlevniuk 2015, p. 79.")
                .contains("Kotkin 2014, p. 426.")
                .anyMatch(t -> t.startsWith("Kuromiya, Hiroaki (16 August 2013). Stalin. Routledge. p. 60."));
        // identical sfns are one note: fewer notes than markers
        assertThat(notes.size()).isLessThan((int) markers);
    }

    @Test
    void noWikitextMojibakeOrChromeSurvives() {
        assertThat(ScriptLeaks.find(script)).isEmpty();
        for (ScriptItem i : script.items()) {
            assertThat(i.text()).doesNotContain("β");
            i.notes().forEach(n -> assertThat(n.text()).doesNotContain("β"));
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
        for (ScriptItem i : items(Role.PARAGRAPH)) {
            scriptText.append(i.text()).append(' ');
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
    void itemIdsAreUniqueAndStable() {
        assertThat(script.items()).extracting(ScriptItem::id).doesNotHaveDuplicates();
        assertThat(script.items().get(1).id()).isEqualTo("s1.h");
        ReadingScript again = new ArticleConverter().toScript(raw);
        assertThat(again.items()).extracting(ScriptItem::id).isEqualTo(script.items().stream().map(ScriptItem::id).toList());
    }

    @Test
    void spansStayInsideTheirText() {
        for (ScriptItem i : script.items()) {
            for (Span s : i.spans()) {
                assertThat(s.start()).isBetween(0, i.text().length());
                assertThat(s.end()).isBetween(s.start(), i.text().length());
            }
        }
    }
}
