package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.us;

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

    @Test
    void compassLettersAreDirections() {
        both("along 60°N", "along sixty degrees north");
        assertThat(us("from 130°W to 172°E"))
                .isEqualTo("from one hundred thirty degrees west to one hundred seventy-two degrees east");
        both("at 8.5° N", "at eight point five degrees north");
        both("at (0.67408N, 23.47297E)", "at (zero point six seven four zero eight north, twenty-three point four seven two nine seven east)");
        both("45°30′S", "forty-five degrees thirty minutes south");
        // E notation and a force are no directions
        both("2.5E6", "two point five times ten to the sixth");
    }
}
