package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

/** The defects a listening review found; expected readings written from English usage. */
class NumberSpeechListeningReviewTest {
    @Test
    void aColonFollowedByASpaceIsALabel() {
        assertThat(br("Area km2: 30,689")).isEqualTo("Area square kilometres: thirty thousand six hundred and eighty-nine");
        assertThat(us("Area km2: 30,689")).isEqualTo("Area square kilometers: thirty thousand six hundred eighty-nine");
        assertThat(us("332: 332:120")).isEqualTo("three hundred thirty-two: three hundred thirty-two to one hundred twenty");
    }

    @Test
    void aSlashBeforeAUnitIsPer() {
        assertThat(br("383/km2 (990/sq mi)"))
                .isEqualTo("three hundred and eighty-three per square kilometre (nine hundred and ninety per square mile)");
        assertThat(us("€429/month")).isEqualTo("four hundred twenty-nine euros per month");
        assertThat(br("7.8 kg/m3")).isEqualTo("seven point eight kilograms per cubic metre");
    }

    @Test
    void aSlashBetweenNumbersThatAreNotAFraction() {
        both("rated 1.36/10", "rated one point three six out of ten");
        both("10/10", "ten out of ten");
        assertThat(us("162/167 km")).isEqualTo("one hundred sixty-two slash one hundred sixty-seven km");
        both("7/10", "seven tenths");
        both("24/7", "twenty-four seven");
    }

    @Test
    void codesAreNotRanges() {
        both("1969-059A", "nineteen sixty-nine, zero five nine A");
        both("69-83K", "sixty-nine, eight three K");
        both("2014-15", "twenty fourteen to twenty fifteen");
        both("won 3-0", "won three to zero");
    }

    @Test
    void dottedDatesAndDois() {
        both("07.10.2014", "the seventh of October, twenty fourteen");
        both("doi:10.1017/S", "doi:one zero dot one zero one seven/S");
        both("3.5.1", "three dot five dot one");
    }

    @Test
    void pageNumbersAreNeverYears() {
        assertThat(us("page 1266")).isEqualTo("page one thousand two hundred sixty-six");
        assertThat(us("pages 475–81")).isEqualTo("pages four hundred seventy-five to four hundred eighty-one");
        assertThat(us("pp. 1117–22"))
                .isEqualTo("pp. one thousand one hundred seventeen to one thousand one hundred twenty-two");
        both("c. 965–1040", "circa nine sixty-five to ten forty");
        both("965–1040 AD", "nine sixty-five to ten forty A D");
        both("AD 965–1040", "A D nine sixty-five to ten forty");
    }

    @Test
    void chapterAndVerse() {
        both("John 3:34", "John chapter three, verse thirty-four");
        both("1 Corinthians 11:23–26", "First Corinthians chapter eleven, verses twenty-three to twenty-six");
        assertThat(us("Quran 4:155–160"))
                .isEqualTo("Quran chapter four, verses one hundred fifty-five to one hundred sixty");
    }

    @Test
    void timesWithSeconds() {
        // a time to the minute written with ":00" seconds says no seconds
        both("13:32:00 UTC", "thirteen thirty-two UTC");
        both("13:32:05 UTC", "thirteen thirty-two and five seconds UTC");
        both("04:55:42", "four fifty-five and forty-two seconds");
    }

    @Test
    void decimalCommaAndMln() {
        both("9,9%", "nine point nine percent");
        assertThat(br("21,1 km³")).isEqualTo("twenty-one point one cubic kilometres");
        both("5 mln", "five million");
    }

    @Test
    void onlyYearsAndTensAreDecades() {
        both("2s electrons", "two s electrons");
        both("1920s", "nineteen twenties");
        both("'30s", "thirties");
        both("1900s", "nineteen hundreds");
        both("the 0s", "the zeros");
        both("in his 20s", "in his twenties");
    }

    @Test
    void hemispheresAreWords() {
        both("50°51′N 4°21′E", "fifty degrees fifty-one minutes north, four degrees twenty-one minutes east");
    }

    @Test
    void currencyScaleWordsInAnyCase() {
        both("$4.2 Million", "four point two million dollars");
    }

    @Test
    void aLetterAfterANumberIsItsOwnWord() {
        both("LC-39A", "LC thirty-nine A");
    }

    @Test
    void picometresAreNotAfternoons() {
        assertThat(br("121 pm")).isEqualTo("one hundred and twenty-one picometres");
        both("3 pm", "three p m");
    }
}
