package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile inputs (long runs of abbreviation-like text with no spaces or with nothing but
 * candidates) must not make the rules backtrack: 160,000 characters of each take milliseconds
 * when the rules are linear and hours when they are quadratic, so a generous bound catches the
 * hang without measuring speed (which a loaded machine would make flaky).
 */
class WordSpeechLinearTimeTest {

    private static final Acronyms ACRONYMS = Acronyms.of("NATO");
    private static final UnaryOperator<String> ALL = s ->
            WordSpeech.symbolsAndAcronyms(WordSpeech.abbreviations(s), ACRONYMS);
    private static final Duration HANG = Duration.ofSeconds(20);

    @ParameterizedTest
    @ValueSource(strings = {"p.", "pp. ", "p.p.", "No. ", "St. ", "St Paul St. ", "U.S.", "A.", "e.g.", "et al. ",
        "2nd ed. ", "Henry VIII ", "World War II ", "IIIIIIII", "USSR ", "ABCDEFGHIJ", "&/+%", "Dr Mr Ms ",
        "Roe v. Wade ", "a.m.", "Baker St, ", "    ", "........", "Sen. ", "Lt. Gen. ", "(d. ", "Obama (D-IL) ",
        "Bruce McCandless II ", "S-IVB ", "α", "αβγ ", "σ* ", "$, ", "~ ", "‹"})
    void hostileTextDoesNotHang(String unit) {
        String large = unit.repeat(160_000 / unit.length() + 1);
        String spoken = assertTimeoutPreemptively(HANG, () -> ALL.apply(large));
        assertThat(spoken).isNotNull();
    }

    /** The whole normaliser, identifiers, addresses, ellipses and joined dashes included. */
    @ParameterizedTest
    @ValueSource(strings = {"a.", "a.b", "www.", "https://a", "ISBN ", "ISBN 1-", "978-0", "10.1234/", "doi:", "...",
        ". . ", "…", "[...] ", "a–a", "a–", "x², ", "H₂", "E=mc² ", ".,;", "[", "Inc.. ", "A–Z ", "0.1N "})
    void hostileTextDoesNotHangTheWholeSpokenForm(String unit) {
        SpokenText spoken = new SpokenText(Lexicon.empty(), ACRONYMS, EnglishVariety.BRITISH, CitationDetail.FULL);
        String large = unit.repeat(160_000 / unit.length() + 1);
        String said = assertTimeoutPreemptively(HANG, () -> spoken.speak(large));
        assertThat(said).isNotNull();
    }
}
