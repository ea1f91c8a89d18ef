package org.lector.speech;

import java.util.regex.Pattern;

/**
 * The word-level steps of the spoken form, around number speech:
 * <pre>
 *   Lexicon → WordSpeech.abbreviations → number speech → WordSpeech.symbolsAndAcronyms → cleanup
 * </pre>
 * Abbreviations come before numbers because their context is numeric ("pp. 542–543" → "pages
 * 542–543", which number speech then reads as a range); symbols and acronyms come after, when the
 * symbols that belong to numbers ("5%", "1/2") are gone and only the ones between words remain.
 *
 * <p>Every step is a single left-to-right scan with precompiled patterns, so time grows linearly
 * with the text.
 */
public final class WordSpeech {

    /** Runs of spaces and tabs that the replacements may leave; newlines are kept. */
    private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}+");

    private WordSpeech() {
    }

    /**
     * Expands abbreviations in context: "p. 426" → "page 426", "No. 5" → "Number 5", "e.g." → "for
     * example", "St. Petersburg" → "Saint Petersburg", "Baker St." → "Baker Street", "U.S." →
     * "U S". An expansion keeps the capital of the abbreviation ("No." → "Number", "no." →
     * "number") and, when the abbreviation's dot also ended the sentence, a full stop.
     * "c."/"ca." before a year are left to number speech (circa). Ranges of Roman numerals are read
     * here too ("Volume I–IV" → "Volume one to four"), before number speech takes their dashes, and
     * party labels ("Ted Cruz (R-TX)" → "Ted Cruz (Republican, Texas)") before the acronym rules spell them.
     */
    public static String abbreviations(String text) {
        return PartyLabels.speak(RomanNumerals.ranges(Abbreviations.expand(text)));
    }

    /**
     * Reads Roman numerals after names and counting words, Greek letters by name, the symbols left between words, and
     * acronyms (spelled, or said as words when {@code acronyms} lists them), in that order so that
     * "Henry VIII" is not spelled and "AT&T" becomes "A T and T".
     */
    public static String symbolsAndAcronyms(String text, Acronyms acronyms) {
        String s = RomanNumerals.speak(text);
        s = OtherScripts.speak(Respellings.speak(s));
        s = SymbolWords.speak(s);
        s = acronyms.speak(s);
        return SPACES.matcher(s).replaceAll(" ");
    }
}
