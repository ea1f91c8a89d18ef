package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs (long runs of abbreviation-like text with no spaces or with nothing but
 * candidates) must cost time in proportion to their length: eight times the text may not take
 * much more than eight times as long.
 */
class WordSpeechLinearTimeTest {

    private static final Acronyms ACRONYMS = Acronyms.of("NATO");
    private static final UnaryOperator<String> ALL = s ->
            WordSpeech.symbolsAndAcronyms(WordSpeech.abbreviations(s), ACRONYMS);

    @ParameterizedTest
    @ValueSource(strings = {"p.", "pp. ", "p.p.", "No. ", "St. ", "St Paul St. ", "U.S.", "A.", "e.g.", "et al. ",
        "2nd ed. ", "Henry VIII ", "World War II ", "IIIIIIII", "USSR ", "ABCDEFGHIJ", "&/+%", "Dr Mr Ms ",
        "Roe v. Wade ", "a.m.", "Baker St, ", "    ", "........"})
    void linearInTheLengthOfTheText(String unit) {
        String small = unit.repeat(20_000 / unit.length() + 1);
        String large = unit.repeat(160_000 / unit.length() + 1);
        long tSmall = best(small);
        long tLarge = best(large);
        assertThat(tLarge).as("%s: %d ns for 8x the text vs %d ns", unit, tLarge, tSmall)
                .isLessThan(Math.max(tSmall * 30, 50_000_000L));
    }

    private static long best(String text) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            ALL.apply(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return best;
    }
}
