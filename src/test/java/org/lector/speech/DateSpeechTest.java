package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

/** Day-first dates read "the Nth of Month, year"; month-first "Month Nth, year" (print order). */
class DateSpeechTest {
    @Test
    void dayFirst() {
        both("born 18 December 1878", "born the eighteenth of December, eighteen seventy-eight");
        both("16 August 2013", "the sixteenth of August, twenty thirteen");
        both("on 5 May", "on the fifth of May");
        both("5 Sept 1939", "the fifth of September, nineteen thirty-nine");
        assertThat(br("1 January 2005")).isEqualTo("the first of January, two thousand and five");
        assertThat(us("1 January 2005")).isEqualTo("the first of January, two thousand five");
    }

    @Test
    void monthFirst() {
        both("December 18, 1878", "December eighteenth, eighteen seventy-eight");
        both("June 13, 2018", "June thirteenth, twenty eighteen");
        both("on July 4th", "on July fourth");
        assertThat(br("Jan. 5, 2001 was")).isEqualTo("January fifth, two thousand and one was");
        assertThat(us("Jan. 5, 2001 was")).isEqualTo("January fifth, two thousand one was");
    }

    @Test
    void isoDatesAreReadDayFirst() {
        both("1878-12-18", "the eighteenth of December, eighteen seventy-eight");
        both("accessed 2013-08-16.", "accessed the sixteenth of August, twenty thirteen.");
    }

    @Test
    void monthAndYear() {
        both("May 1924", "May nineteen twenty-four");
        both("in December 1878,", "in December eighteen seventy-eight,");
    }

    @Test
    void dateRanges() {
        both("18–20 December 1878", "the eighteenth to the twentieth of December, eighteen seventy-eight");
        both("December 18–20, 1878", "December eighteenth to twentieth, eighteen seventy-eight");
        both("5 May – 7 June 1945", "the fifth of May to the seventh of June, nineteen forty-five");
        both("18 December 1878 – 5 March 1953",
                "the eighteenth of December, eighteen seventy-eight to the fifth of March, nineteen fifty-three");
    }

    @Test
    void notDatesWhenTheDayIsImpossible() {
        assertThat(us("May 45")).isEqualTo("May forty-five");
        assertThat(us("40 March")).isEqualTo("forty March");
    }
}
