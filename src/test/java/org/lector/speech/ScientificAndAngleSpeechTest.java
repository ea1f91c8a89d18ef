package org.lector.speech;

import static org.lector.speech.SpeechAssert.both;

import org.junit.jupiter.api.Test;

/** E notation from data tables and degrees-minutes-seconds from coordinates. */
class ScientificAndAngleSpeechTest {
    @Test
    void eNotation() {
        both("9.31E-05", "nine point three one times ten to the minus fifth");
        both("1.2e6", "one point two times ten to the sixth");
    }

    @Test
    void degreesMinutesSeconds() {
        both("2°33′ and 6°24'", "two degrees thirty-three minutes and six degrees twenty-four minutes");
        both("50°50′54″N", "fifty degrees fifty minutes fifty-four seconds north");
        both("1°1′", "one degree one minute");
    }
}
