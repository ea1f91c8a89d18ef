package org.lector.speech;

import static org.lector.speech.SpeechAssert.both;

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
    }

    @Test
    void namedNumbersWithASpace() {
        both("Apollo 11", "Apollo eleven");
        both("World War 2", "World War two");
    }
}
