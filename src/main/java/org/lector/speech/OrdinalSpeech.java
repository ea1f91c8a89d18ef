package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Ordinals "13th" → "thirteenth", "22nd" → "twenty-second", "101st" → "one hundred (and) first";
 * centuries read the same way, and "2nd-century" loses its hyphen ("second century") because it
 * is said as two words.
 */
final class OrdinalSpeech {
    private static final Pattern ORDINAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d++(?:,\\d{3}(?!\\d))*+)(?:st|nd|rd|th|ST|ND|RD|TH)(?:-(?=(?:century|millennium)\\b)|(?![\\p{L}\\p{N}]))");

    private OrdinalSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        return Rewriter.replace(ORDINAL, text, m -> {
            String digits = m.group(1).replace(",", "");
            if (digits.length() > NumberWords.MAX_CARDINAL_DIGITS) {
                return m.group();
            }
            String words = NumberWords.ordinal(Long.parseLong(digits), variety);
            return m.group().endsWith("-") ? words + " " : words;
        });
    }
}
