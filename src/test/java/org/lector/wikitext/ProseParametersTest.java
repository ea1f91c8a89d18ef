package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How a parameter value of an unknown template is judged: its words, prose or data, and their count. */
class ProseParametersTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "He was [[Born (film)|born]] in '''Kent'''.<ref>Smith 2001</ref> => He was born in Kent.",
            "A {{lang|fr|nested}} template => A   template",
            "[[File:X.jpg|thumb|A caption]] and text => and text",
            "[https://example.org the site] of it => the site of it",
            "x<!-- a comment --> y => x y",
            "unclosed {{braces and more => unclosed",
    })
    void wordsAreWhatAReaderWouldSee(String wikitext, String words) {
        assertThat(ProseParameters.words(wikitext)).isEqualTo(words);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He was born in a small village.", "One Small Step", "Pierre Deligne",
            "Estimated distribution of primary languages", "東京都", "ヨーロッパ"})
    void proseIsTwoWordsOfLettersOrAnUnspacedScript(String words) {
        assertThat(ProseParameters.isProse(words)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Antwerp", "Group A", "3rd place", "12 May 2020", "536,079", "#fafafa",
            "Antwerp.jpg", "File:Some picture of Antwerp.png", "https://example.org/a long path",
            "width:20em; float:right", "style=\"color:red\" class=x", "BE-VAN pa0402", "22.0em right"})
    void dataIsNotProse(String words) {
        assertThat(ProseParameters.isProse(words)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "He was born in 1920. => 5",
            "536,079 => 1",
            "Antwerp.jpg => 0",
            "see https://example.org now => 2",
            "— – => 0",
    })
    void wordsAreCountedWithoutAddressesAndFiles(String words, int count) {
        assertThat(ProseParameters.count(words)).isEqualTo(count);
    }
}
