package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

class CardinalSpeechTest {
    @Test
    void groupedCardinals() {
        assertThat(br("a population of 320,000 people")).isEqualTo("a population of three hundred and twenty thousand people");
        assertThat(us("a population of 320,000 people")).isEqualTo("a population of three hundred twenty thousand people");
        both("1,000,000", "one million");
        both("0", "zero");
        both("12,500,000 tonnes", "twelve million five hundred thousand tonnes");
    }

    @Test
    void decimalsAndScaleWords() {
        both("3.5", "three point five");
        both("20.95", "twenty point nine five");
        both("1.5 million", "one point five million");
        both("0.5", "zero point five");
    }

    @Test
    void negativesOnlyWhereTheDashIsAMinus() {
        both("−5", "minus five");
        both("It fell to -5 overnight.", "It fell to minus five overnight.");
        both("(-12)", "(minus twelve)");
    }

    @Test
    void identifiersReadDigitByDigit() {
        both("ISBN 978-1-317-86780-7", "ISBN nine seven eight one three one seven eight six seven eight zero seven");
        both("ISBN 0-8044-2957-X", "ISBN zero eight zero four four two nine five seven X");
        both("call 1-800-555-0199", "call one eight zero zero five five five zero one nine nine");
        both("code 0451", "code zero four five one");
        both("12345678901234567890",
                "one two three four five six seven eight nine zero one two three four five six seven eight nine zero");
        both("a 4-4-2 formation", "a four four two formation");
        both("ISBN 9788120817654", "ISBN nine seven eight eight one two zero eight one seven six five four");
    }

    @Test
    void sentencePunctuationStays() {
        both("It cost 1,000.", "It cost one thousand.");
        both("He had 12, she had 7; they had 19!", "He had twelve, she had seven; they had nineteen!");
        both("(42)", "(forty-two)");
        both("\"7\"", "\"seven\"");
    }

    @Test
    void numbersAfterExpandedOrUnexpandedAbbreviations() {
        both("number 5", "number five");
        both("No. 5", "No. five");
        both("p. 12", "p. twelve");
        both("Apollo 11", "Apollo eleven");
    }

    @Test
    void ratiosAndScoresWithColons() {
        both("a 2:1 win", "a two to one win");
        both("mixed 1:1", "mixed one to one");
    }

    @Test
    void chapterAndVerseAfterABookName() {
        both("Mark 6:3", "Mark chapter six, verse three");
        both("Acts 1:1–11", "Acts chapter one, verses one to eleven");
        both("Luke 24:50–53", "Luke chapter twenty-four, verses fifty to fifty-three");
    }

    @Test
    void textWithoutNumbersIsUntouched() {
        String text = "Stalin – whom he distrusted – left; the e.g. & co. stay as they are.";
        assertThat(br(text)).isSameAs(text);
        assertThat(br("")).isEmpty();
    }
}
