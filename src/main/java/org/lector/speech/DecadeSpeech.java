package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Decades: "1920s" → "nineteen twenties", "1900s" → "nineteen hundreds",
 * "2000s" → "two thousands", "'30s" → "thirties", "the 1990's", "in his 20s" → "twenties". The
 * number is read as it would be alone (a year when it is one) and its last word made plural,
 * which is how the decade is said. Only four-digit years, tens ("20s") and the decade "0s" are
 * decades; any other digit before an "s" is a digit and a letter: "2s electrons" → "two s".
 */
final class DecadeSpeech {
    private static final Pattern PLURAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(?:['’](\\d0)|(\\d++))['’]?s(?![\\p{L}\\p{N}])");

    private DecadeSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        return Rewriter.replace(PLURAL, text, m -> {
            if (m.start(1) >= 0) {
                return NumberWords.pluralOf(NumberWords.cardinal(Integer.parseInt(m.group(1)), variety));
            }
            String digits = m.group(2);
            if (digits.length() > NumberWords.MAX_CARDINAL_DIGITS || (digits.length() > 1 && digits.charAt(0) == '0')) {
                return m.group();
            }
            if (!(digits.length() == 4 || digits.equals("0") || (digits.length() == 2 && digits.charAt(1) == '0'))) {
                // "2s electrons": a digit and a letter, not a decade
                return digits.length() == 1 ? NumberWords.digit(digits.charAt(0)) + " s" : m.group();
            }
            long n = Long.parseLong(digits);
            String words = n >= 1000 && n <= 2099 ? NumberWords.year((int) n, variety) : NumberWords.cardinal(n, variety);
            return NumberWords.pluralOf(words);
        });
    }
}
