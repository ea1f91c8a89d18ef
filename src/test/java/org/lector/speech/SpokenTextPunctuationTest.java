package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The punctuation a voice hears: an ellipsis is a pause, never two full stops; an abbreviation's
 * dot meeting the sentence's is one stop; an editor's square brackets are not read; an en dash
 * joining two names is a join or "to", not a pause. Expectations written by hand.
 */
class SpokenTextPunctuationTest {
    private static final SpokenText SPOKEN = new SpokenText(Lexicon.empty(), Acronyms.none(), EnglishVariety.BRITISH);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the ones needed for landing... Actually, the computer|the ones needed for landing, Actually, the computer",
        "Hush… Hush, Sweet Charlotte|Hush, Hush, Sweet Charlotte",
        "... The Saturn V rocket|The Saturn Five rocket",
        "'Alhazen's problem'. [...] Al-Haytham's work|'Alhazen's problem'. Al Haytham's work",
        "the story of . . . a god|the story of, a god",
        "And then...|And then.",
        "like Kepler and Huygens...\".|like Kepler and Huygens\".",
        "plunged in obscurity.... God|plunged in obscurity. God",
    })
    void anEllipsisIsAPause(String print, String spoken) {
        assertThat(SPOKEN.speak(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Smith, Jr..|Smith, Junior.",
        "Apple Inc..|Apple Inc.",
        "Unesco..|Unesco.",
        "pens, pencils, etc..|pens, pencils, et cetera.",
        "Press. .|Press.",
    })
    void twoFullStopsAreOne(String print, String spoken) {
        assertThat(SPOKEN.speak(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[F]or a man to imagine|For a man to imagine",
        "one small step for [a] man|one small step for a man",
        "editions [1913], London, OCLC 29072911; (1921) D. Unwin|editions nineteen thirteen, London; (nineteen twenty one) D. Unwin",
    })
    void bracketsOfAnEditorAreNotReadAndPausesDoNotDouble(String print, String spoken) {
        assertThat(SPOKEN.speak(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a route: from one to the other
        "the White Sea–Baltic Canal|the White Sea to Baltic Canal",
        "the London–Paris flight|the London to Paris flight",
        "the Moscow–Saint Petersburg Railway|the Moscow to Saint Petersburg Railway",
        "open Monday–Friday|open Monday to Friday",
        "an A–Z Guide|an A to Z Guide",
        // names joined: a join, as a hyphen
        "the Michelson–Morley experiment|the Michelson Morley experiment",
        "Dallas–Fort Worth|Dallas Fort Worth",
        "along the O–O axis|along the O O axis",
        "a C–H bond|a C H bond",
        // a spaced or em dash between words stays a pause
        "He left – quickly – and|He left, quickly, and",
        "He left—quickly—and|He left, quickly, and",
    })
    void aDashBetweenNamesIsAJoinOrTo(String print, String spoken) {
        assertThat(SPOKEN.speak(print)).isEqualTo(spoken);
    }
}
