package org.lector.speech;

import java.util.Locale;
import org.lector.script.SpanKind;

/**
 * The rules that turn an article's print text into what its voice should say, one
 * implementation per language: English ({@link EnglishRules}) reads numbers, units, abbreviations
 * and symbols in words; an article in a language Lector has no rules for keeps its text for its
 * own voice ({@link PlainRules}). Chosen once per article, from the script's language.
 */
interface LanguageRules {

    /** Whether a run's language tag marks a phonetic transcription ("ru-fonipa", from {{IPA}}). */
    static boolean isTranscription(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).contains("fonipa");
    }

    /** Print text as words ("in 1924" → "in nineteen twenty four"). */
    String words(String print);

    /** A count inside one of Lector's own phrases ("Row {0}."), already in words where the language spells it. */
    String count(long n);

    /**
     * Whether the voice can read a run marked as language {@code lang} (a BCP 47 tag) as it is
     * written; when it cannot (a transcription, a script it does not read) the run is named instead.
     */
    boolean saysAsWritten(String lang, String run);

    /**
     * How a superscript or subscript run is read, from the text around it: {@code before} is the
     * text so far (already rewritten), {@code after} the print text that follows the run.
     */
    Rewrite scripted(SpanKind kind, CharSequence before, String run, String after);

    /**
     * What replaces a raised or lowered run: the last {@code replacedBefore} characters before it
     * and the run itself give way to {@code text}, and the first {@code takenAfter} characters
     * after it are read as part of it ("<sup>16</sup>O" takes the "O": "oxygen 16").
     */
    record Rewrite(int replacedBefore, String text, int takenAfter) {
        static Rewrite of(String text) {
            return new Rewrite(0, text, 0);
        }
    }
}
