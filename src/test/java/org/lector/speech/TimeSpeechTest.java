package org.lector.speech;

import static org.lector.speech.SpeechAssert.both;

import org.junit.jupiter.api.Test;

class TimeSpeechTest {
    @Test
    void clockTimes() {
        both("at 10:30", "at ten thirty");
        both("at 9:05", "at nine oh five");
        both("at 14:00", "at fourteen hundred");
        both("at 10:00", "at ten o'clock");
        both("at 23:59", "at twenty-three fifty-nine");
        both("at 08:00", "at oh eight hundred");
        both("10:30–11:00", "ten thirty to eleven o'clock");
    }

    @Test
    void meridiemLetters() {
        both("at 3 pm", "at three p m");
        both("at 3 p.m. on Monday", "at three p m on Monday");
        both("at 10:30 a.m., he", "at ten thirty a m, he");
        both("at 10am", "at ten a m");
        both("It ended at 3 p.m. Then", "It ended at three p m. Then");
        both("It ended at 3 p.m.", "It ended at three p m.");
    }

    @Test
    void timeZonesAreSaidByNameAndSecondsOfZeroAreNot() {
        both("at 9:32:00 a m EDT", "at nine thirty-two a m Eastern Daylight Time");
        both("at 9:32 a.m. EDT", "at nine thirty-two a m Eastern Daylight Time");
        both("(13:32:00 UTC)", "(thirteen thirty-two UTC)");
        both("at 20:17 (CET)", "at twenty seventeen (Central European Time)");
        // not after a time: an abbreviation of something else
        both("the EST company", "the EST company");
    }

    @Test
    void verseReferencesAreNotTimes() {
        both("John 3:16", "John chapter three, verse sixteen");
    }
}
