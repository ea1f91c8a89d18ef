package org.lector.speech;

import java.util.regex.Pattern;
import org.lector.script.SpanKind;

/**
 * English: the full normaliser ({@link SpokenText}: lexicon, abbreviations, numbers, symbols,
 * acronyms) in the article's variety, superscripts and subscripts read by {@link SupSubSpeech},
 * and what an English voice cannot say left out or named.
 */
final class EnglishRules implements LanguageRules {
    /** A phonetic transcription written as text, [ˈbɛlɣijə] or /baːp/: no English voice can say it. */
    private static final Pattern IPA_IN_TEXT = Pattern.compile(
            "[\\[/][^\\]/\\s]{0,40}[ːˈˌəɛɪʊʃʒθðŋɑɒɔæʌɡɣʔɲʂɖʈɳɾɽçχʁɐɨʉɯɤøœɵʏʎʟɫɬɮʋɹɻʝʲʰ][^\\]/\\n]{0,80}[\\]/]");

    private final SpokenText spoken;
    private final EnglishVariety variety;

    EnglishRules(SpokenText spoken, EnglishVariety variety) {
        this.spoken = spoken;
        this.variety = variety;
    }

    @Override
    public String words(String print) {
        return spoken.speak(UnicodeScripts.read(IPA_IN_TEXT.matcher(print).replaceAll(" "), variety));
    }

    @Override
    public String count(long n) {
        // finished like every other number said: "twenty-four" is read as two words
        return SpokenText.finish(NumberWords.cardinal(n, variety));
    }

    /**
     * Not a phonetic transcription (lang "…-fonipa", from {{IPA}}), nor text in a script without
     * Latin letters: read aloud letter by letter they are noise.
     */
    @Override
    public boolean saysAsWritten(String lang, String run) {
        if (LanguageRules.isTranscription(lang)) {
            return false;
        }
        return run.codePoints().filter(Character::isLetter).findAny().isEmpty()
                || run.codePoints().filter(Character::isLetter)
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN);
    }

    @Override
    public Rewrite scripted(SpanKind kind, CharSequence before, String run, String after) {
        return kind == SpanKind.SUBSCRIPT
                ? SupSubSpeech.subscript(before, run, after, variety)
                : SupSubSpeech.superscript(before, run, after, variety);
    }
}
