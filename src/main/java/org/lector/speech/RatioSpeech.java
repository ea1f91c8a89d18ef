package org.lector.speech;

import java.util.regex.Pattern;

/**
 * A colon between numbers that is not a clock time ({@link TimeSpeech} runs first) is a ratio or
 * a score: "1:1" → "1 to 1", "a 2:1 win" → "2 to 1". Only the colon is rewritten.
 */
final class RatioSpeech {
    private static final Pattern COLON = Pattern.compile("(?<=\\d) ?: ?(?=\\d)");

    private RatioSpeech() {
    }

    static String speak(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        return Rewriter.replace(COLON, text, m -> " to ");
    }
}
