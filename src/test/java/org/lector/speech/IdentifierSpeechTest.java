package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Identifiers and web addresses in running text, as a listener should hear them: left out at
 * short detail, read in their printed groups at full detail, an address as its site. Expected
 * forms are written by hand.
 */
class IdentifierSpeechTest {
    private static final SpokenText SHORT = new SpokenText(Lexicon.empty(), Acronyms.none(), EnglishVariety.BRITISH,
            CitationDetail.SHORT);
    private static final SpokenText FULL = new SpokenText(Lexicon.empty(), Acronyms.none(), EnglishVariety.BRITISH,
            CitationDetail.FULL);

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Lincoln: University of Nebraska Press. ISBN 978-0-8032-1128-5.|Lincoln: University of Nebraska Press.",
        "Times Books. ISBN 978-0812923438. Obama, Barack (2006).|Times Books. Obama, Barack (two thousand and six).",
        "London, ISBN 0-19-280160-0, p. 5|London, page five",
        "A book (ISBN 0 19 280160 0) on cows.|A book on cows.",
        "Nature 5 (2): 10. doi:10.1038/nature12373. PMID 23903748.|Nature five (two): ten.",
        "See arXiv:1706.03762 and OCLC 17779623 too.|See and too.",
        "Journal. ISSN 0028-0836. S2CID 4414528. JSTOR 2118559.|Journal.",
        "a bare 978-0-8032-1128-5 number|a bare number",
        "a DOI 10.1017/S0022050700000279 here|a here",
    })
    void identifiersAreLeftOutAtShortDetail(String print, String spoken) {
        assertThat(SHORT.speak(print)).isEqualTo(spoken);
    }

    @Test
    void identifiersAreReadInTheirGroupsAtFullDetail() {
        assertThat(FULL.speak("Press. ISBN 978-0-8032-1128-5.")).isEqualTo(
                "Press. I S B N nine seven eight, zero, eight zero three two, one one two eight, five.");
        assertThat(FULL.speak("doi:10.1038/nature12373")).isEqualTo(
                "D O I one zero dot one zero three eight slash nature one two three seven three");
        assertThat(FULL.speak("OCLC 17779623")).isEqualTo("O C L C one seven seven seven nine six two three");
        assertThat(FULL.speak("ISBN 0-19-280160-X")).isEqualTo("I S B N zero, one nine, two eight zero one six zero, X");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "More at https://www.ethz.ch/en/news.html today.|More at ethz dot ch today.",
        "See http://example.com.|See example dot com.",
        "Visit www.light2015.org for more|Visit light two thousand and fifteen dot org for more",
        "the site biblehub.com says|the site biblehub dot com says",
        "riches?\". trends.be. 2010.|riches?\". trends dot be. twenty ten.",
        "(https://web.archive.org/web/2019/x)|(web dot archive dot org)",
        "Published at collectSPACE.com on|Published at collectspace dot com on",
        "Internet domain: .be|Internet domain: dot be",
        "Audio: Mudchute cow 1.ogg|Audio: Mudchute cow one",
        "Image: Map of Belgium.svg.|Image: Map of Belgium.",
    })
    void anAddressIsReadAsItsSite(String print, String spoken) {
        assertThat(SHORT.speak(print)).isEqualTo(spoken);
        assertThat(FULL.speak(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // no domain ending, or not a word before the dot: not addresses
        "It ended.In 1990 it began.|It ended.In nineteen ninety it began.",
        "open news.html or setup.py|open news.html or setup.py",
        "the ISBN system|the I S B N system",
        "the OL tag|the O L tag",
    })
    void whatOnlyLooksLikeAnIdentifierIsLeftAlone(String print, String spoken) {
        assertThat(SHORT.speak(print)).isEqualTo(spoken);
    }
}
