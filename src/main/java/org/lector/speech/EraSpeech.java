package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Era abbreviations next to a year or a century are spelled letter by letter ("4 BC" → "4 B C",
 * "AD 34" → "A D 34", "2nd-century BCE" → "... century B C E"), as they are said; a TTS engine
 * would otherwise read "AD" as the word "ad". Elsewhere the letters are left alone: "CE" or "AD"
 * alone in a sentence is more likely a name.
 */
final class EraSpeech {
    // The context is checked after a match on the letters: a lookbehind as the pattern's first
    // element would be tried at every character of every line, which made this the slowest rule.
    private static final Pattern AFTER = Pattern.compile("(?:[ \\u00A0]|&nbsp;)?+(?<!\\p{L})(BCE|BC|CE|AD)\\b");
    private static final Pattern CENTURY_BEFORE = Pattern.compile("\\b(?:century|centuries|millennium|millennia)$");
    private static final Pattern BEFORE = Pattern.compile(
            "\\b(AD|CE)((?:[ \\u00A0]|&nbsp;)?)(?=\\d)");

    private EraSpeech() {
    }

    static String speak(String text) {
        if (text.indexOf("BC") < 0 && text.indexOf("AD") < 0 && text.indexOf("CE") < 0) {
            return text;
        }
        String out = Rewriter.replace(AFTER, text, m -> afterNumber(text, m.start())
                ? " " + spell(m.group(1)) : m.group());
        return Rewriter.replace(BEFORE, out, m -> spell(m.group(1)) + " ");
    }

    /** A digit or a century word just before the era. */
    private static boolean afterNumber(String text, int start) {
        if (start == 0) {
            return false;
        }
        char before = text.charAt(start - 1);
        if (before >= '0' && before <= '9') {
            return true;
        }
        return Character.isLetter(before)
                && CENTURY_BEFORE.matcher(text).region(Math.max(0, start - 12), start).find();
    }

    /** "BCE" → "B C E". */
    static String spell(String letters) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(letters.charAt(i));
        }
        return out.toString();
    }
}
