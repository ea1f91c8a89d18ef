package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

/** Years, eras, decades and "circa". */
class YearSpeechTest {
    @Test
    void fourDigitNumbersStandingAloneAreYears() {
        both("in 1924", "in nineteen twenty-four");
        both("in 1900", "in nineteen hundred");
        both("in 1905", "in nineteen oh five");
        assertThat(us("in 2005")).isEqualTo("in two thousand five");
        assertThat(br("in 2005")).isEqualTo("in two thousand and five");
        both("in 2010", "in twenty ten");
        both("in 2026", "in twenty twenty-six");
        both("in 1000", "in one thousand");
        both("in 1066", "in ten sixty-six");
        both("May 1924", "May nineteen twenty-four");
    }

    @Test
    void punctuationAroundYearsStays() {
        both("He left in 1924.", "He left in nineteen twenty-four.");
        both("(1924)", "(nineteen twenty-four)");
        both("1924, then 1925", "nineteen twenty-four, then nineteen twenty-five");
        both("pre-1914 Europe", "pre-nineteen fourteen Europe");
        both("Smith 1990b", "Smith nineteen ninety b");
    }

    @Test
    void notYearsWhenGroupedOrMeasuredOrMoney() {
        assertThat(us("1,924 votes")).isEqualTo("one thousand nine hundred twenty-four votes");
        assertThat(us("1924 km")).isEqualTo("one thousand nine hundred twenty-four kilometers");
        assertThat(us("$1924")).isEqualTo("one thousand nine hundred twenty-four dollars");
        assertThat(us("1924%")).isEqualTo("one thousand nine hundred twenty-four percent");
        assertThat(us("2500 soldiers")).isEqualTo("two thousand five hundred soldiers");
    }

    @Test
    void erasAreSpelled() {
        both("AD 34", "A D thirty-four");
        both("34 AD", "thirty-four A D");
        both("4 BC", "four B C");
        assertThat(us("300 BCE")).isEqualTo("three hundred B C E");
        both("1066 CE", "ten sixty-six C E");
        both("from 6 BC – AD 30", "from six B C to A D thirty");
        both("AD without a number stays", "AD without a number stays");
    }

    @Test
    void decades() {
        both("the 1920s", "the nineteen twenties");
        both("the 1900s", "the nineteen hundreds");
        both("the 2000s", "the two thousands");
        both("the '30s", "the thirties");
        both("the 1960s–70s", "the nineteen sixties to seventies");
        both("the 1990s.", "the nineteen nineties.");
        both("the 1990's", "the nineteen nineties");
        both("the mid-1990s", "the mid-nineteen nineties");
        both("in his 20s", "in his twenties");
        both("the 2010s", "the twenty tens");
    }

    @Test
    void circaOnlyBeforeANumber() {
        both("c. 1900", "circa nineteen hundred");
        both("ca. 1900", "circa nineteen hundred");
        both("c.1900", "circa nineteen hundred");
        // a three-digit year after circa is said as a year; a quantity stays a quantity
        both("c. 965 (c. 354 AH)", "circa nine sixty-five (circa three fifty-four AH)");
        both("c. 500 BC", "circa five hundred B C");
        assertThat(us("c. 500 people")).isEqualTo("circa five hundred people");
        assertThat(us("Augustine (died 430)")).isEqualTo("Augustine (died four thirty)");
        // after the words of a life a three-digit number is a year whatever follows (Ibn al-Haytham)
        assertThat(us("He was born c. 965 to an Arab family")).isEqualTo("He was born circa nine sixty-five to an Arab family");
        assertThat(us("She died in 852 at Cordoba")).isEqualTo("She died in eight fifty-two at Cordoba");
        assertThat(us("born c. 965,000 times")).doesNotContain("nine sixty-five");
        both("C. 1900 it began", "Circa nineteen hundred it began");
        both("Section c. is", "Section c. is");
    }
}
