package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected outputs are written by hand from how an English speaker reads each phrase aloud. */
class WordSpeechAbbreviationsTest {

    private static String say(String text) {
        return WordSpeech.abbreviations(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Kotkin 2014, p. 426.|Kotkin 2014, page 426.",
        "Kotkin 2014, pp. 542–543.|Kotkin 2014, pages 542–543.",
        "pp. 151, 159|pages 151, 159",
        "see p.12|see page12",
        "Preface, p. xii.|Preface, page twelve.",
        "Biography, pp. XIII–XIV.|Biography, pages thirteen to fourteen.",
        "Illinois Issues. XIV (8 & 9): 40–42.|Illinois Issues. fourteen (8 & 9): 40–42.",
        "pp.\u00A0542|pages\u00A0542",
    })
    void pagesBeforeANumber(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // an initial, not a page
        "John P. Smith|John P. Smith",
        "the letter p. Then|the letter p. Then",
        "Op. 5|Op. 5",
    })
    void pageNotWithoutANumber(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NKVD Order No. 00447|NKVD Order Number 00447",
        "Symphony no. 5|Symphony number 5",
        "Nos. 3 and 4|Numbers 3 and 4",
        // "no." not before a digit is the word "no" ending a sentence
        "He said no. Then he left.|He said no. Then he left.",
        "There was no. 'Why?'|There was no. 'Why?'",
        "Piano, no.|Piano, no.",
    })
    void numberOnlyBeforeADigit(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "vol. 2|volume 2",
        "Vol. 3, p. 7|Volume 3, page 7",
        "in 3 vols.|in 3 volumes",
        "2nd ed. London|2nd edition London",
        "the third ed. of the book|the third edition of the book",
        "revised ed.|revised edition.",
        "Smith (ed.) 1990|Smith (editor) 1990",
        "Smith (eds.)|Smith (editors)",
        "Jones and Brown, eds., Essays|Jones and Brown, editors, Essays",
        "ed. by John Smith|edited by John Smith",
        // in a reference, after a comma: the person named is the editor
        "Garner, Robert, ed. Apollo|Garner, Robert, editor Apollo",
        "(hardcover 312 pp ed.)|(hardcover 312 pages edition)",
        "2nd edn.|2nd edition",
    })
    void volumesEditionsEditors(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a capital "Ed." mid-phrase could be Education: left as written
        "Dept. of Ed. and Science|Dept. of Ed. and Science",
        "learned|learned",
    })
    void capitalEdMidPhraseStays(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Conquest et al. argue|Conquest and others argue",
        "Smith et al., 2004|Smith and others, 2004",
        "crops, e.g. wheat|crops, for example wheat",
        "E.g. wheat|For example wheat",
        "crops (e.g., wheat)|crops (for example, wheat)",
        "the vozhd, i.e. the leader|the vozhd, that is the leader",
        "''i.e.'' the leader|''that is'' the leader",
        "wheat, rye, etc., were|wheat, rye, et cetera, were",
        "wheat, rye, etc. The harvest|wheat, rye, et cetera. The harvest",
        "wheat, rye, etc.|wheat, rye, et cetera.",
        "approx. 300 people|approximately 300 people",
    })
    void latinAndCommonAbbreviations(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "St. Petersburg|Saint Petersburg",
        "St Paul's Cathedral|Saint Paul's Cathedral",
        "221B Baker St.|221B Baker Street.",
        "Baker St. The house|Baker Street. The house",
        "Baker St, London|Baker Street, London",
        // "St" inside words, and in capitals, is not an abbreviation
        "Stalin and Street and Best|Stalin and Street and Best",
        "the ST segment|the ST segment",
        "first, st.|first, st.",
    })
    void saintAndStreet(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Dr. Watson|Doctor Watson",
        "Dr Watson|Doctor Watson",
        "Mr. Molotov and Mrs. Molotova|Mister Molotov and Missus Molotova",
        "Mr Smith|Mister Smith",
        "Ms. Jones|Miz Jones",
        "Martin Luther King Jr. spoke|Martin Luther King Junior spoke",
        "Martin Luther King, Jr|Martin Luther King, Junior",
        "George Bush Sr. was|George Bush Senior was",
        "a speech by Martin Luther King Jr.|a speech by Martin Luther King Junior.",
        "Mulholland Dr.|Mulholland Drive.",
        "the Ms of the text|the Ms of the text",
    })
    void titles(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Roe v. Wade|Roe versus Wade",
        "Stalin vs. Trotsky|Stalin versus Trotsky",
        "Stalin vs Trotsky|Stalin versus Trotsky",
        // a lone "v." that is not between names is a letter or an initial
        "the letter v. Then|the letter v. Then",
    })
    void versus(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "at 10 a.m. on Monday|at 10 a m on Monday",
        "until 5 p.m. The next day|until 5 p m. The next day",
        "until 5 p.m.|until 5 p m.",
        "the U.S. Army|the U S Army",
        "He settled in the U.S.|He settled in the U S.",
        "He settled in the U.S. The next year|He settled in the U S. The next year",
        "the U.K. government|the U K government",
        "a Ph.D. thesis|a P h D thesis",
        "He earned a Ph.D.|He earned a P h D.",
        // initials with spaces are a person's name and read well as they are
        "H. G. Wells|H. G. Wells",
    })
    void dottedInitialisms(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // circa before a year belongs to number speech
        "c. 1878|c. 1878",
        "ca. 1900|ca. 1900",
        "plain text with no abbreviations.|plain text with no abbreviations.",
    })
    void leftAlone(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sponsored by Florida Sen. Bill Nelson and Florida Rep. Alan Grayson"
                + "|sponsored by Florida Senator Bill Nelson and Florida Representative Alan Grayson",
        "Remarks of Illinois State Sen. Barack Obama|Remarks of Illinois State Senator Barack Obama",
        "State Sen. District 13 equals State Rep. Districts 25|State Senate District 13 equals State Representative Districts 25",
        "Gov. Brown and Lt. Gov. Newsom|Governor Brown and Lieutenant Governor Newsom",
        "Lt. Gen. Smith|Lieutenant General Smith",
        "Col. Sanders and Capt. Kirk|Colonel Sanders and Captain Kirk",
        "Sgt. Pepper and Adm. Nelson|Sergeant Pepper and Admiral Nelson",
        "Maj. Reno and Pres. Lincoln|Major Reno and President Lincoln",
        "Prof. Xavier and Hon. Member|Professor Xavier and Honourable Member",
        "Mt. Everest and Ft. Worth|Mount Everest and Fort Worth",
        "Prof Smith climbed Mt Kenya|Professor Smith climbed Mount Kenya",
        "the Czech Rep.|the Czech Republic.",
    })
    void titlesAndPlaceWordsBeforeAName(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // not before a name: a column, a word, an initial
        "see col. 3|see col. 3",
        "Gen. 1:1|Genesis 1:1",
        "the Sen. said|the Sen. said",
    })
    void titlesOnlyBeforeAName(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Avicenna (d. 1037)|Avicenna (died 1037)",
        "Smith (b. 1950)|Smith (born 1950)",
        "Smith (b. Kraków, 1950)|Smith (born Kraków, 1950)",
        "Suleiman (r. 1520–1566)|Suleiman (reigned 1520–1566)",
        "Thales (fl. 585 BC)|Thales (flourished 585 BC)",
        "Smith (1900–1950; fl. c. 1920)|Smith (1900–1950; flourished c. 1920)",
        "Jones (b. c. 1950)|Jones (born c. 1950)",
        "Philip (d. AD 34)|Philip (died AD 34)",
        // initials of names stay
        "John D. Rockefeller|John D. Rockefeller",
        "Susan B. Anthony (born 1820)|Susan B. Anthony (born 1820)",
    })
    void lifeDatesInBrackets(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Bernie Sanders (I) and Nancy Pelosi (D)|Bernie Sanders (Independent) and Nancy Pelosi (Democrat)",
        "Dick Durbin (D-IL) and Ted Cruz (R-TX)|Dick Durbin (Democrat, Illinois) and Ted Cruz (Republican, Texas)",
        "Mitch McConnell (R–KY)|Mitch McConnell (Republican, Kentucky)",
        // not after a name, or no state: left as written
        "Plan (D)|Plan (D)",
        "the vote (D-XX)|the vote (D-XX)",
        "and (I) think|and (I) think",
    })
    void partyLabelsAfterAName(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "launched at 9:32 a.m. EDT from|launched at 9:32 a m EDT from",
        "at 9 p.m. The next day|at 9 p m. The next day",
    })
    void aTimeZoneAfterAMeridiemStartsNoSentence(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }
}
