package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Symbols named where they are talked about, and Greek letters and stars read as science reads
 * them. Expectations written by hand.
 */
class SymbolNamesTest {
    private static final SpokenText SPOKEN = new SpokenText(Lexicon.empty(), Acronyms.none(), EnglishVariety.BRITISH);

    private static String say(String text) {
        return SPOKEN.speak(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a table cell holding one glyph, as a table of ASCII characters has them
        "$|dollar sign",
        "*|asterisk",
        "!|exclamation mark",
        "~|tilde",
        "\\|backslash",
        "‹|single left angle quote",
        "»|right double angle quote",
        // a list of glyphs, a glyph before "sign" or "key", a quoted glyph
        "The characters @, [, ] and { are common.|The characters at sign, left square bracket, right square bracket and left curly bracket are common.",
        "The glyphs are $, *, #, %, &.|The glyphs are dollar sign, asterisk, number sign, percent sign, ampersand.",
        "the ~ key|the tilde key",
        "the $ sign|the dollar sign",
        "press \"^\" twice|press \"caret\" twice",
        "the $ sign, the & and the @.|the dollar sign, the ampersand and the at sign.",
    })
    void aGlyphTalkedAboutIsNamed(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // used, not talked about: its meaning
        "Marks & Spencer|Marks and Spencer",
        "if x < y|if x is less than y",
        "if 5 > 3|if five is greater than three",
        "Oxidizing Agents > Oxygen|Oxidizing Agents, Oxygen",
        "about ~5 km|about about five kilometres",
        "costs ~£5|costs about five pounds",
        // a tilde or angle quote with no number after it is not "about" nor "is less than"
        "a ~ b|a b",
        "the ‹quote› mark|the quote mark",
        "a table cell – alone|a table cell, alone",
        "for all x ∈ ℝ there is|for all x in R there is",
        "∀x ∃y|for all x there exists y",
        "f′(x) ≡ 0|f prime (x) is identical to zero",
        "C# and F# and # 1 hit|C sharp and F sharp and number one hit",
        "The .NET Framework|The dot net Framework",
    })
    void aGlyphUsedIsReadForItsMeaning(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the α-helix|the alpha helix",
        "17β-Estradiol|seventeen beta Estradiol",
        "β+ decay and β− decay|beta plus decay and beta minus decay",
        "the σ* orbital and π* orbitals|the sigma star orbital and pi star orbitals",
        "ΔG is negative|delta G is negative",
        "αβ T cells|alpha beta T cells",
        "the A* algorithm|the A star algorithm",
        "a 5 μm pore|a five micrometres pore",
        "the word λόγος means|the word Greek text means",
        "Ἰησοῦς Χριστός, Jesus|Greek text, Jesus",
        // any other script that no language tag marked is named once, not left to a voice that skips it
        "Kitab al-Manazir (كتاب المناظر, \"Book of Optics\")|Kitab al Manazir (Arabic text, \"Book of Optics\")",
        "Jeshua [יֵשׁוּעַ, Yeshua]|Jeshua Hebrew text, Yeshua",
        "Moscow (Москва) is|Moscow (Cyrillic text) is",
        "口之島牛(Bos Taurus)の成長曲線.|Japanese text (Bos Taurus)Japanese text.",
        "Coptic: Ⲓⲏⲥⲟⲩⲥ Ⲡⲓⲭ́ρⲓⲥτⲟⲥ; Greek|Coptic: Coptic text; Greek",
        // a footnote star after a word is not read
        "the result* was|the result was",
    })
    void greekLettersAreNamedAndGreekWordsAreNotSpelled(String print, String spoken) {
        assertThat(say(print)).isEqualTo(spoken);
    }
}
