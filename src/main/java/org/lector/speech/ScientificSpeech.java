package org.lector.speech;

import java.util.regex.Pattern;

/**
 * E notation, as printed in data tables: "9.31E-05" → "nine point three one times ten to the
 * minus fifth". Runs before ranges, whose hyphen rule would otherwise take the exponent's sign.
 */
final class ScientificSpeech {
    private static final Pattern E_NOTATION = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d++(?:\\.\\d++)?)[eE]([-−+]?)(\\d{1,3}+)(?![\\p{L}\\p{N}])");

    private ScientificSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        return Rewriter.replace(E_NOTATION, text, m -> {
            String sign = m.group(2).isEmpty() || m.group(2).equals("+") ? "" : "minus ";
            return NumberWords.number(m.group(1), variety) + " times ten to the " + sign
                    + NumberWords.ordinal(Integer.parseInt(m.group(3)), variety);
        });
    }
}
