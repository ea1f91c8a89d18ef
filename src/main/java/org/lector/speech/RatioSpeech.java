package org.lector.speech;

import java.util.regex.Pattern;

/**
 * A colon between numbers that is not a clock time ({@link TimeSpeech} runs first) is a ratio or
 * a score: "1:1" → "1 to 1", "a 2:1 win" → "2 to 1"; after a capitalised name it is a chapter
 * and verse, said as two numbers like "John 3:16" ("Acts 1:1" → "Acts 1 1"). Only the colon is
 * rewritten.
 */
final class RatioSpeech {
    private static final Pattern COLON = Pattern.compile("(?<=\\d) ?:(?=\\d)");
    /** A book name and chapter just before the colon: "Acts 1", "1 Corinthians 15". */
    private static final Pattern VERSE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?!(?:The|A|An|In|At|On|By|Of|To|From)\\b)\\p{Lu}\\p{Ll}++\\.? \\d{1,3}+$");

    private RatioSpeech() {
    }

    static String speak(String text) {
        if (text.indexOf(':') < 0) {
            return text;
        }
        return Rewriter.replace(COLON, text, m -> isVerse(text, m.start()) ? " " : " to ");
    }

    private static boolean isVerse(String text, int colon) {
        // only the few characters before the colon matter; bounded so long lines stay linear
        int from = Math.max(0, colon - 24);
        return VERSE_BEFORE.matcher(text).region(from, colon).useTransparentBounds(true).find();
    }
}
