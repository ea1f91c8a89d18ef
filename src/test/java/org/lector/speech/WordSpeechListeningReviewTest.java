package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The defects of the listening review, each phrase with the words a reader would say, written by
 * hand. The word steps are run as the pipeline runs them, with the numbers already words where
 * number speech would have made them so.
 */
class WordSpeechListeningReviewTest {

    private static final Acronyms ACRONYMS = Acronyms.of("NATO", "UNESCO", "NASA");

    private static String symbols(String text) {
        return WordSpeech.symbolsAndAcronyms(text, ACRONYMS);
    }

    private static String abbreviations(String text) {
        return WordSpeech.abbreviations(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // capital words that are words
        "the DREAM Act|the Dream Act",
        "the SPEECH Act|the Speech Act",
        "OBAMA, Barack|Obama, Barack",
        "CAPCOM said|Capcom said",
        "BRILL, Leiden|Brill, Leiden",
        "the STRIKE began|the Strike began",
        // a shouted title is read as words
        "RULES MAY COST METLIFE eighty million dollars IN WORLD CUP|Rules May Cost Metlife eighty million dollars In World Cup",
        "FBI AGENTS RAID HQ|F B I Agents Raid H Q",
        "BEFORE WORLD WAR II|Before World War Two",
        "THE MIX TAPE|The Mix Tape",
        // initials stay spelled, the list still wins, plurals still work
        "the NSDAP and HTTPS|the N S D A P and H T T P S",
        "the USSR and the NKVD|the U S S R and the N K V D",
        "USSR NKVD OGPU KMT|U S S R N K V D O G P U K M T",
        "the IAEA and the BBC|the I A E A and the B B C",
        "NATO and NASA|Nato and Nasa",
        "two NGOs|two N G O's",
        "NATO Is|Nato Is",
    })
    void capitalWords(String print, String spoken) {
        assertThat(symbols(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // not kings: rockets, aircraft, groups, titles
        "Saturn V|Saturn Five",
        "the Ares V rocket|the Ares V rocket",
        "Bell X one|Bell X one",
        "Codices IX and X|Codices Nine and Ten",
        "Henry VII and VIII|Henry the Seventh and the Eighth",
        // kings including the first
        "William I of Orange|William the First of Orange",
        "Leopold I|Leopold the First",
        "Leopold I, King|Leopold the First, King",
        "Victor Emmanuel III|Victor Emmanuel the Third",
        "Ramesses II|Ramesses the Second",
        "Peter I think|Peter I think",
        // oxidation states
        "iron(III) oxide|iron three oxide",
        "copper(II) sulfate|copper two sulfate",
    })
    void romanNumeralsAfterThePipelineNumbers(String print, String spoken) {
        assertThat(RomanNumerals.speak(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Books I-II-III|Books one, two and three",
        "Books IV-V|Books four and five",
        "Volume I–IV|Volume one to four",
        "Vol. I–IV|Volume one to four",
        "Parts II–V of the work|Parts two to five of the work",
        "pages xiii–xvii|pages thirteen to seventeen",
        "page xii|page twelve",
        // only after a counting word, only lower case after page
        "ABBA II-I|ABBA II-I",
        "Henry IV-V|Henry IV-V",
        "the xiii–xvii|the xiii–xvii",
        "pages mix|pages mix",
    })
    void romanRangesBeforeNumberSpeech(String print, String spoken) {
        assertThat(abbreviations(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "grams/min/person|grams per minute per person",
        "three hundred eighty three/km two|three hundred eighty three per square kilometer",
        "five/h|five per hour",
        "cars/year|cars per year",
        "Stalin/Trotsky|Stalin or Trotsky",
        "and/or|and or or",
        "a/m|a or m",
        "see / here|see, here",
        "end /|end,",
    })
    void slashes(String print, String spoken) {
        assertThat(symbols(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "▲ two => up two",
        "▼ three => down three",
        "▬ Sweden => unchanged Sweden",
        "Coca-Cola™ and Lego® => Coca-Cola and Lego",
        "© two thousand five Reuters => copyright two thousand five Reuters",
        "photo © => photo",
        "as noted‡ and† => as noted and",
        "the result* was => the result was",
        "Home | About => Home, About",
        "five € each => five euros each",
        "ten $ and twenty £ => ten dollars and twenty pounds",
        "the € sign => the euro sign",
        "˹restored˺ ⟨text⟩ => restored text",
        "A ↔ B => A reversibly B",
        "A → B => A to B",
        "x ≃ y => x approximately equal to y",
        "f ∘ g => f composed with g",
        "a ★ rating ♥ => a rating",
        "fun 😀 times => fun times",
    })
    void symbolsLeftInSpeech(String print, String spoken) {
        assertThat(symbols(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "5,000 (2024 est.)|5,000 (2024 estimated)",
        "about 300 est.|about 300 estimated.",
        "est. 1920|established 1920",
        "a club est. in 1920|a club established in 1920",
        "Rev. Martin Luther King|Reverend Martin Luther King",
        "Rev. 21:4|Revelation 21:4",
        "c. March 1920|circa March 1920",
        "(m. October 1992)|(married October 1992)",
        "(m. 1992; div. 2001)|(married 1992; divorced 2001)",
        "(div. 2001)|(divorced 2001)",
        "Par. 5|Paragraph 5",
        "para. 6, paras. 7–8|paragraph 6, paragraphs 7–8",
        "cf. Smith|compare Smith",
        "Cf. the map|Compare the map",
        "pub. 1990|published 1990",
        "1 Cor. 13:4|1 Corinthians 13:4",
        "Gen. 1:1|Genesis 1:1",
        "Matt. 5:3|Matthew 5:3",
        "Rom. 8:28|Romans 8:28",
        "Gen. Patton|General Patton",
        "493 pp|493 pages",
        "493 pp.|493 pages.",
        "Aldrin, Edwin E., Jr.|Aldrin, Edwin E., Junior.",
        "Aldrin, Edwin E., Jr. (1989)|Aldrin, Edwin E., Junior (1989)",
        // left alone where the context does not fit
        "went to the pub. Then|went to the pub. Then",
        "the m. and f. forms|the m. and f. forms",
        "Cor. was|Cor. was",
    })
    void abbreviations(String print, String spoken) {
        assertThat(abbreviations(print)).isEqualTo(spoken);
    }
}
