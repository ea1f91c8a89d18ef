package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.EnglishVariety.AMERICAN;
import static org.lector.speech.EnglishVariety.BRITISH;

import org.junit.jupiter.api.Test;

/** Expected words written by hand from English usage. */
class NumberWordsTest {
    @Test
    void smallCardinalsAndHyphenatedTens() {
        assertThat(NumberWords.cardinal(0, BRITISH)).isEqualTo("zero");
        assertThat(NumberWords.cardinal(13, BRITISH)).isEqualTo("thirteen");
        assertThat(NumberWords.cardinal(20, BRITISH)).isEqualTo("twenty");
        assertThat(NumberWords.cardinal(24, AMERICAN)).isEqualTo("twenty-four");
        assertThat(NumberWords.cardinal(99, BRITISH)).isEqualTo("ninety-nine");
    }

    @Test
    void britishSaysAndAfterHundredsAmericanDoesNot() {
        assertThat(NumberWords.cardinal(320_000, BRITISH)).isEqualTo("three hundred and twenty thousand");
        assertThat(NumberWords.cardinal(320_000, AMERICAN)).isEqualTo("three hundred twenty thousand");
        assertThat(NumberWords.cardinal(542, BRITISH)).isEqualTo("five hundred and forty-two");
        assertThat(NumberWords.cardinal(542, AMERICAN)).isEqualTo("five hundred forty-two");
        assertThat(NumberWords.cardinal(1005, BRITISH)).isEqualTo("one thousand and five");
        assertThat(NumberWords.cardinal(1005, AMERICAN)).isEqualTo("one thousand five");
        assertThat(NumberWords.cardinal(100, BRITISH)).isEqualTo("one hundred");
    }

    @Test
    void largeNumbersUpToTrillions() {
        assertThat(NumberWords.cardinal(1_000_000, BRITISH)).isEqualTo("one million");
        assertThat(NumberWords.cardinal(1_600_000_000L, AMERICAN)).isEqualTo("one billion six hundred million");
        assertThat(NumberWords.cardinal(2_000_000_000_007L, BRITISH)).isEqualTo("two trillion and seven");
        assertThat(NumberWords.cardinal(999_999_999_999_999L, AMERICAN)).isEqualTo(
                "nine hundred ninety-nine trillion nine hundred ninety-nine billion nine hundred ninety-nine million"
                + " nine hundred ninety-nine thousand nine hundred ninety-nine");
    }

    @Test
    void ordinals() {
        assertThat(NumberWords.ordinal(1, BRITISH)).isEqualTo("first");
        assertThat(NumberWords.ordinal(2, BRITISH)).isEqualTo("second");
        assertThat(NumberWords.ordinal(3, BRITISH)).isEqualTo("third");
        assertThat(NumberWords.ordinal(12, BRITISH)).isEqualTo("twelfth");
        assertThat(NumberWords.ordinal(13, BRITISH)).isEqualTo("thirteenth");
        assertThat(NumberWords.ordinal(20, BRITISH)).isEqualTo("twentieth");
        assertThat(NumberWords.ordinal(22, BRITISH)).isEqualTo("twenty-second");
        assertThat(NumberWords.ordinal(101, BRITISH)).isEqualTo("one hundred and first");
        assertThat(NumberWords.ordinal(101, AMERICAN)).isEqualTo("one hundred first");
        assertThat(NumberWords.ordinal(1000, AMERICAN)).isEqualTo("one thousandth");
    }

    @Test
    void years() {
        assertThat(NumberWords.year(1924, BRITISH)).isEqualTo("nineteen twenty-four");
        assertThat(NumberWords.year(1900, BRITISH)).isEqualTo("nineteen hundred");
        assertThat(NumberWords.year(1905, BRITISH)).isEqualTo("nineteen oh five");
        assertThat(NumberWords.year(2005, AMERICAN)).isEqualTo("two thousand five");
        assertThat(NumberWords.year(2005, BRITISH)).isEqualTo("two thousand and five");
        assertThat(NumberWords.year(2000, BRITISH)).isEqualTo("two thousand");
        assertThat(NumberWords.year(2010, BRITISH)).isEqualTo("twenty ten");
        assertThat(NumberWords.year(2026, BRITISH)).isEqualTo("twenty twenty-six");
        assertThat(NumberWords.year(1000, BRITISH)).isEqualTo("one thousand");
        assertThat(NumberWords.year(1066, BRITISH)).isEqualTo("ten sixty-six");
        assertThat(NumberWords.year(1878, BRITISH)).isEqualTo("eighteen seventy-eight");
        assertThat(NumberWords.year(34, BRITISH)).isEqualTo("thirty-four");
    }

    @Test
    void numberTokens() {
        assertThat(NumberWords.number("3.5", BRITISH)).isEqualTo("three point five");
        assertThat(NumberWords.number("20.95", BRITISH)).isEqualTo("twenty point nine five");
        assertThat(NumberWords.number("0.5", BRITISH)).isEqualTo("zero point five");
        assertThat(NumberWords.number("−5", BRITISH)).isEqualTo("minus five");
        assertThat(NumberWords.number("-5", BRITISH)).isEqualTo("minus five");
        assertThat(NumberWords.number("1,000,000", BRITISH)).isEqualTo("one million");
        assertThat(NumberWords.number("007", BRITISH)).isEqualTo("zero zero seven");
        assertThat(NumberWords.number("1234567890123456", BRITISH))
                .isEqualTo("one two three four five six seven eight nine zero one two three four five six");
        assertThat(NumberWords.number("3.5.1", BRITISH)).isEqualTo("three dot five dot one");
    }

    @Test
    void pluralsForDecades() {
        assertThat(NumberWords.pluralOf("twenty")).isEqualTo("twenties");
        assertThat(NumberWords.pluralOf("nineteen hundred")).isEqualTo("nineteen hundreds");
        assertThat(NumberWords.pluralOf("six")).isEqualTo("sixes");
    }
}
