package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;
import org.lector.source.LanguageGuess;
import org.lector.testing.Corpus;

/**
 * Runs the word steps over every line of prose in the English articles of the shared corpus. The
 * lines are stripped crudely (templates, ref tags, entities): this is not the parser's output, only
 * enough real prose to show that no abbreviation from the list survives and that nothing
 * throws or slows down on real text.
 */
class WordSpeechCorpusTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static final Pattern PAGE_LEFT = Pattern.compile("(?<![\\p{L}\\p{N}.])pp?\\.[ \\u00A0]*\\d");
    private static final Pattern NUMBER_LEFT = Pattern.compile("(?<![\\p{L}\\p{N}.])[Nn]o\\.[ \\u00A0]*\\d");
    private static final Pattern LATIN_LEFT = Pattern.compile("(?<![\\p{L}])(?:[eE]\\.g\\.|[iI]\\.e\\.|et al\\.)");
    private static final Pattern REF = Pattern.compile("<ref[^>]{0,300}?/>|<ref[^>]{0,300}>");

    @Test
    void noAbbreviationFromTheListSurvivesInEnglishArticles() {
        Acronyms acronyms = Acronyms.defaults(HOME);
        List<Path> files = Corpus.files(".wiki");
        assumeTrue(!files.isEmpty(), "SKIPPED: no .wiki articles in the corpus");
        int english = 0;
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String text = Corpus.text(file);
            if (!LanguageGuess.guess(text).equals("en")) {
                continue; // the English rules do not apply to German or Malayalam prose
            }
            english++;
            long t0 = System.nanoTime();
            for (String raw : text.split("\n")) {
                String line = crudeProse(raw);
                String spoken = WordSpeech.symbolsAndAcronyms(WordSpeech.abbreviations(line), acronyms);
                for (Pattern leftover : List.of(PAGE_LEFT, NUMBER_LEFT, LATIN_LEFT)) {
                    if (leftover.matcher(spoken).find()) {
                        failures.add(file.getFileName() + ": " + spoken);
                    }
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // a few hundred kilobytes of text; quadratic behaviour would take far longer than this
            assertThat(ms).as("time for %s", file.getFileName()).isLessThan(20_000); // hang bound, not a benchmark
        }
        assertThat(english).isGreaterThan(0);
        assertThat(failures).isEmpty();
    }

    /**
     * A line without templates, ref tags and HTML entities: roughly what the reader will hear. The
     * text between {@code <ref>} and {@code </ref>} is kept on purpose: hand-written citations are the
     * densest source of "pp.", "et al." and "No." in the corpus.
     */
    static String crudeProse(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int depth = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (depth > 0 && line.startsWith("}}", i)) {
                depth--;
                i++;
            } else if (depth == 0) {
                out.append(line.charAt(i));
            }
        }
        String s = REF.matcher(out).replaceAll("").replace("</ref>", "");
        return StringEscapeUtils.unescapeHtml4(s);
    }

    @Test
    void crudeProseStripsTemplatesRefsAndEntities() {
        assertThat(crudeProse("A{{sfn|K|2014|p=426}} b<ref name=x/> c<ref>d</ref>e&nbsp;f"))
                .isEqualTo("A b cde\u00A0f");
    }
}
