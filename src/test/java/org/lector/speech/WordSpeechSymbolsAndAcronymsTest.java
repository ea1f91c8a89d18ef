package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected outputs are written by hand from how an English speaker reads each phrase aloud. */
class WordSpeechSymbolsAndAcronymsTest {

    private static final Acronyms ACRONYMS = Acronyms.of("NATO", "UNESCO", "NASA", "UNICEF", "AIDS", "OPEC",
            "FIFA", "LASER", "RADAR", "SCUBA", "COVID", "ASEAN", "NAFTA");

    private static String say(String text) {
        return WordSpeech.symbolsAndAcronyms(text, ACRONYMS);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Marks & Spencer|Marks and Spencer",
        "Marks&Spencer|Marks and Spencer",
        "fifty %|fifty percent",
        "fifty%, then|fifty percent, then",
        "under § four|under section four",
        "§§ four and five|sections four and five",
        "minus forty °|minus forty degrees",
        "forty °C|forty degrees Celsius",
        "five ± two|five plus or minus two",
        "three × four|three times four",
        "≈ ten|approximately ten",
        "C++|C plus plus",
        "x = y|x equals y",
        "and/or|and or or",
        "Stalin/Trotsky|Stalin or Trotsky",
        "A/B testing|A or B testing",
        "# one hit|number one hit",
        "info@example|info at example",
        "~ one hundred|about one hundred",
        "and then…|and then...",
    })
    void symbols(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the USSR and the NKVD|the U S S R and the N K V D",
        "the OGPU and the KMT|the O G P U and the K M T",
        "the USSR's border|the U S S R's border",
        "two NGOs|two N G O's",
        "NATO and UNESCO|Nato and Unesco",
        "NASA, UNICEF, AIDS, OPEC, FIFA|Nasa, Unicef, Aids, Opec, Fifa",
        "LASER, RADAR, SCUBA, COVID, ASEAN, NAFTA|Laser, Radar, Scuba, Covid, Asean, Nafta",
        "AT&T|A T and T",
        // mixed case and single capitals stay as written; a long capital word that can be said is a word
        "McDonald bought an iPhone|McDonald bought an iPhone",
        "Plan A and I think|Plan A and I think",
        "NEPmen|NEPmen",
        "INTERNATIONAL|International",
    })
    void acronyms(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Henry VIII|Henry the Eighth",
        "Elizabeth II|Elizabeth the Second",
        "Louis XIV|Louis the Fourteenth",
        "Pope John Paul II|Pope John Paul the Second",
        "Elizabeth II's reign|Elizabeth the Second's reign",
        "Pius XXXIX|Pius the Thirty Ninth",
        "World War II|World War Two",
        "World War I|World War One",
        "the Second Vatican Council II|the Second Vatican Council Two",
        "Apollo XIII|Apollo Thirteen",
        "Super Bowl LVII|Super Bowl Fifty Seven",
        "Chapter IV|Chapter Four",
        "Title IX|Title Nine",
        "Act I, scene II|Act One, scene Two",
        "Henry I|Henry the First",
        // a no-break space between name and numeral, as Wikipedia writes them
        "World War\u00A0II|World War\u00A0Two",
        "King Leopold\u00A0III abdicated|King Leopold\u00A0the Third abdicated",
        // a generational suffix after a person's full name
        "Barack Hussein Obama II|Barack Hussein Obama the Second",
        "Bruce McCandless II flew|Bruce McCandless the Second flew",
        "John D. Rockefeller IV|John D. Rockefeller the Fourth",
        // a numbered thing in a series after any other capitalised word
        "World History II|World History Two",
        "Final Fantasy IV|Final Fantasy Four",
        "the Verhofstadt III Government|the Verhofstadt Three Government",
        "Star Wars Episode IV|Star Wars Episode Four",
        // designations of stages and rockets
        "the S-II stage|the S two stage",
        "the S-IVB stage|the S four B stage",
        "the S-IC stage|the S one C stage",
        "Saturn IB|Saturn One B",
    })
    void romanNumerals(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the pronoun, an acronym made of numeral letters, words that look like numerals
        "Then I said|Then I said",
        "Stalin I think|Stalin I think",
        "Washington DC|Washington D C",
        "Baltimore MD|Baltimore M D",
        "The II was|The I I was",
        "in II cases|in I I cases",
    })
    void notRomanNumerals(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a respelled pronunciation: small letters, the stressed syllable in capitals
        "Pronounced bə-RAHK hoo-SAYN oh-BAH-mə|Pronounced buh rahk hoo sayn oh bah muh",
        "say kə-LAHM|say kuh lahm",
        // a prefix before a word acronym reads the same in small letters; names and codes are no respellings
        "anti-NATO protests|anti nato protests",
        "pre-WWII era|pre-W W I I era",
        "Jean-Paul Sartre|Jean-Paul Sartre",
        "the pro-EU party|the pro-E U party",
    })
    void respelledPronunciationsAreReadAsSyllables(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the MIX album", "CIVIL WAR", "The CIVIL war", "Henry IIII", "Henry VX", "Henry IC",
        "Washington DC", "Louis XL", "Stalin I think", "I and II", "ABBA II-I", "Peter I think",
        "Ares V", "Bell X", "Les XX", "The II was", "in II cases", "Type C", "Group D", "Xbox Series X",
    })
    void lettersThatOnlyLookLikeNumeralsStay(String print) {
        // (acronym spelling, a separate step, may still spell them: "CIVIL" → "C I V I L")
        assertThat(RomanNumerals.speak(print)).isEqualTo(print);
    }
}
