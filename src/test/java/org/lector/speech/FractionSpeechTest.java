package org.lector.speech;

import static org.lector.speech.SpeechAssert.both;

import org.junit.jupiter.api.Test;

class FractionSpeechTest {
    @Test
    void commonFractions() {
        both("1/2", "one half");
        both("3/4", "three quarters");
        both("2/3", "two thirds");
        both("5/8", "five eighths");
        both("1/4 of them", "one quarter of them");
        both("3/16 inch", "three sixteenths inch");
        both("charges of −1/2 and -3/4", "charges of minus one half and minus three quarters");
    }

    @Test
    void fractionSlashAndVulgarFractions() {
        both("1⁄2", "one half");
        both("½", "one half");
        both("¾", "three quarters");
        both("1½", "one and a half");
        both("2¾", "two and three quarters");
        both("2 1⁄2", "two and a half");
        both("3 1/2 years", "three and a half years");
    }

    @Test
    void slashPairsThatAreNotFractionsAreTwoNumbers() {
        both("24/7", "twenty-four seven");
        both("9/11", "nine eleven");
        both("scored 22/47", "scored twenty-two forty-seven");
        both("12/18/1878", "twelve eighteen eighteen seventy-eight");
    }

    @Test
    void seasonsWithASlashAreRanges() {
        both("the 1999/00 season", "the nineteen ninety-nine to two thousand season");
        both("2014/15", "twenty fourteen to twenty fifteen");
    }
}
