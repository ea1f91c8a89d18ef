package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

class GluedNumberSpeechTest {
    @Test
    void digitsInsideNames() {
        both("the G7 summit", "the G seven summit");
        both("H2O", "H two O");
        both("a 3D film", "a three D film");
        both("MP3 files", "MP three files");
        both("photo P1080822", "photo P one zero eight zero eight two two");
    }

    @Test
    void hyphenAfterACapitalisedName() {
        both("COVID-19", "COVID nineteen");
        both("a B-52 bomber", "a B fifty-two bomber");
        both("F-16", "F sixteen");
        both("the Su-27", "the Su twenty-seven");
        both("the CSM-107 and SA-506", "the CSM one oh seven and SA five oh six");
        both("a Tu-154", "a Tu one fifty-four");
    }

    @Test
    void modelNumbersInPairs() {
        both("the Airbus A380", "the Airbus A three eighty");
        both("the A320-200", "the A three twenty, two hundred");
        both("a Boeing 747-400", "a Boeing seven forty-seven, four hundred");
        both("a Boeing 707", "a Boeing seven oh seven");
        both("PSR B1913+16", "PSR B nineteen thirteen+sixteen");
        both("in 1080p", "in ten eighty p");
        // after lower-case letters a number, and a range stays a range
        assertThat(us("pp449")).isEqualTo("pp four hundred forty-nine");
        both("100-200 people", "one hundred to two hundred people");
    }

    @Test
    void bitsAreReadDigitByDigit() {
        both("010 1010", "zero one zero, one zero one zero");
        both("101 1100", "one zero one, one one zero zero");
        // a year and a number are not bits
        both("in 1010 and 100 men", "in ten ten and one hundred men");
    }

    @Test
    void namedNumbersWithASpace() {
        both("Apollo 11", "Apollo eleven");
        both("World War 2", "World War two");
    }
}
