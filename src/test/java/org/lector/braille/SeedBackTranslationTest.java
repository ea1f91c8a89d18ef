package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;
import org.lector.pipeline.ArticleConverter;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/**
 * The seed's braille read back to print with liblouis's back-translation: the words that come
 * back are compared with the print text each block was translated from (word accuracy after an
 * edit-distance alignment, words compared by their letters and digits, case ignored), and the
 * pages are checked to hold exactly the words of the translated blocks, in order.
 */
class SeedBackTranslationTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static List<PrintBlock> print;
    private static List<BrailleBlock> braille;
    private static BrailleTranslator translator;

    @BeforeAll
    static void translateSeed() {
        ReadingScript script;
        try (ArticleStream in = ArticleReader.open(Corpus.article(Corpus.SEED))) {
            script = new ArticleConverter().toScript(in.next());
        }
        translator = BrailleTranslator.open(BrailleOptions.defaults(HOME));
        print = ScriptLayout.of(script);
        braille = new ArrayList<>();
        for (PrintBlock b : print) {
            braille.add(BrailleBlock.of(translator.translate(b.text()), b.format()));
        }
    }

    /** Words as a reader compares them: letters and digits only, lower case, dashes and quotes aside. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).split("[\\s\\-–—/]+")) {
            String core = w.replaceAll("[^\\p{L}\\p{N}]", "");
            if (!core.isEmpty()) {
                out.add(core);
            }
        }
        return out;
    }

    /** Substitutions, deletions and insertions turning {@code ref} into {@code hyp}, with the pairs that differ. */
    static int editDistance(List<String> ref, List<String> hyp, Map<String, Integer> confusions) {
        int[][] d = new int[ref.size() + 1][hyp.size() + 1];
        for (int i = 0; i <= ref.size(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= hyp.size(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= ref.size(); i++) {
            for (int j = 1; j <= hyp.size(); j++) {
                int sub = d[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1);
                d[i][j] = Math.min(sub, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
            }
        }
        for (int i = ref.size(), j = hyp.size(); i > 0 || j > 0; ) {
            if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (ref.get(i - 1).equals(hyp.get(j - 1)) ? 0 : 1)) {
                if (!ref.get(i - 1).equals(hyp.get(j - 1))) {
                    confusions.merge(ref.get(i - 1) + " → " + hyp.get(j - 1), 1, Integer::sum);
                }
                i--;
                j--;
            } else if (i > 0 && d[i][j] == d[i - 1][j] + 1) {
                confusions.merge(ref.get(i - 1) + " → (nothing)", 1, Integer::sum);
                i--;
            } else {
                confusions.merge("(nothing) → " + hyp.get(j - 1), 1, Integer::sum);
                j--;
            }
        }
        return d[ref.size()][hyp.size()];
    }

    @Test
    void backTranslationGivesBackThePrintWords() {
        int reference = 0;
        int errors = 0;
        Map<String, Integer> confusions = new LinkedHashMap<>();
        for (int k = 0; k < print.size(); k++) {
            List<String> ref = words(print.get(k).text().text());
            List<String> back = words(translator.backTranslate(String.join("\u2800", braille.get(k).words())));
            reference += ref.size();
            errors += editDistance(ref, back, confusions);
        }
        double accuracy = 1.0 - (double) errors / reference;
        String top = confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                .map(e -> e.getValue() + "× " + e.getKey()).collect(Collectors.joining("; "));
        System.out.printf("Seed back-translation: %d print words, %d word errors, word accuracy %.4f%nMost frequent: %s%n",
                reference, errors, accuracy, top);
        assertThat(reference).isGreaterThan(5_000);
        assertThat(accuracy).as(top).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void thePagesHoldEveryTranslatedWordInOrderAndUncut() {
        PageFormatter.Result result = new PageFormatter(40, 25).format(braille);
        List<String> onPages = new ArrayList<>();
        for (BraillePage page : result.pages()) {
            for (int i = 0; i < page.lines().size(); i++) {
                String line = page.lines().get(i);
                if (i == page.lines().size() - 1) {
                    String number = BrailleNumbers.of(page.number());
                    assertThat(line).endsWith("\u2800\u2800\u2800" + number);
                    line = line.substring(0, line.length() - number.length());
                }
                for (String w : line.split("\u2800+")) {
                    if (!w.isEmpty()) {
                        onPages.add(w);
                    }
                }
            }
        }
        List<String> translated = braille.stream().flatMap(b -> b.words().stream()).toList();
        assertThat(result.hardBreaks()).isZero();
        assertThat(onPages).isEqualTo(translated);
    }
}
