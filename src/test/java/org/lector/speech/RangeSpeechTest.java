package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

class RangeSpeechTest {
    @Test
    void yearRanges() {
        both("1924–1927", "nineteen twenty-four to nineteen twenty-seven");
        both("1929–1952", "nineteen twenty-nine to nineteen fifty-two");
        both("1924—1927", "nineteen twenty-four to nineteen twenty-seven");
        both("1924-1927", "nineteen twenty-four to nineteen twenty-seven");
        both("1924 – 1927", "nineteen twenty-four to nineteen twenty-seven");
        both("(1924–1927)", "(nineteen twenty-four to nineteen twenty-seven)");
        both("1924–present", "nineteen twenty-four to present");
    }

    @Test
    void shortSecondYearTakesTheFirstsCentury() {
        both("1932–33", "nineteen thirty-two to nineteen thirty-three");
        both("the 2014–15 season", "the twenty fourteen to twenty fifteen season");
        both("1999–00", "nineteen ninety-nine to two thousand");
        both("1924–5", "nineteen twenty-four to nineteen twenty-five");
    }

    @Test
    void pageAndScoreRanges() {
        assertThat(us("pages 542–543")).isEqualTo("pages five hundred forty-two to five hundred forty-three");
        assertThat(br("pages 542–543")).isEqualTo("pages five hundred and forty-two to five hundred and forty-three");
        assertThat(us("pp. 542–543")).isEqualTo("pp. five hundred forty-two to five hundred forty-three");
        assertThat(us("won 134–65")).isEqualTo("won one hundred thirty-four to sixty-five");
        both("a 1-0 win", "a one to zero win");
    }

    @Test
    void monthAndPercentRanges() {
        both("July–August 1935", "July to August nineteen thirty-five");
        both("10–15%", "ten to fifteen percent");
        both("10%–15%", "ten percent to fifteen percent");
    }

    @Test
    void noDashLeftBetweenNumbers() {
        String spoken = us("In 1924–1927, 10–15% and 3–4 km; 5 May – 7 June 1945.");
        assertThat(spoken).doesNotContainPattern("[0-9]").doesNotContainPattern("\\w\\s?[–—]\\s?\\w");
    }

    @Test
    void hyphensInWordsAreNotRanges() {
        both("a five-year plan", "a five-year plan");
        both("a 5-year plan", "a five-year plan");
    }
}
