package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Era abbreviations next to a year or a century are spelled letter by letter ("4 BC" → "4 B C",
 * "AD 34" → "A D 34", "2nd-century BCE" → "... century B C E"), as they are said; a TTS engine
 * would otherwise read "AD" as the word "ad". Elsewhere the letters are left alone: "CE" or "AD"
 * alone in a sentence is more likely a name.
 */
final class EraSpeech {
    private static final Pattern AFTER = Pattern.compile(
            "(?<=\\d|\\b(?:century|centuries|millennium|millennia))((?:[ \\u00A0]|&nbsp;)?)(BCE|BC|CE|AD)\\b");
    private static final Pattern BEFORE = Pattern.compile(
            "\\b(AD|CE)((?:[ \\u00A0]|&nbsp;)?)(?=\\d)");

    private EraSpeech() {
    }

    static String speak(String text) {
        String out = Rewriter.replace(AFTER, text, m -> " " + spell(m.group(2)));
        return Rewriter.replace(BEFORE, out, m -> spell(m.group(1)) + " ");
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
