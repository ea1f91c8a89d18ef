package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Every number the specialised rules left: cardinals with grouping ("320,000"), decimals
 * ("3.5"), negatives ("−5", and "-5" where the hyphen is not between words or numbers),
 * leading zeros and very long numbers (digit by digit), all via {@link NumberWords#number}.
 */
final class CardinalSpeech {
    private static final Pattern NUMBER = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}\\-‐‑])-|−)?(?<![\\p{N}])\\d++(?:,\\d{3}(?!\\d))*+(?:\\.\\d++)*+");

    private CardinalSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        return Rewriter.replace(NUMBER, text, m -> {
            String token = m.group();
            // a minus sign glued to the end of a word ("x−5") still reads as "minus", with a space
            boolean needsSpace = token.charAt(0) == '−' && m.start() > 0
                    && Character.isLetterOrDigit(text.charAt(m.start() - 1));
            return (needsSpace ? " " : "") + NumberWords.number(token, variety);
        });
    }
}
