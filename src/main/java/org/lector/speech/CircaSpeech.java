package org.lector.speech;

import java.util.regex.Pattern;

/**
 * "c. 1900", "ca. 1900", "c.1900" → "circa 1900". Only directly before a number (or a currency
 * sign), so "c." in other senses (chapter, cup, copyright) is left for the abbreviation rules.
 */
final class CircaSpeech {
    private static final Pattern CIRCA = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])([cC])a?\\.(?:[ \\u00A0]|&nbsp;)?(?=[\\d$£€¥])");

    private CircaSpeech() {
    }

    static String speak(String text) {
        if (text.indexOf('.') < 0) {
            return text;
        }
        return Rewriter.replace(CIRCA, text, m -> m.group(1).equals("C") ? "Circa " : "circa ");
    }
}
