package org.lector.speech;

import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces every match of a pattern by a computed string. Unlike {@link Matcher#replaceAll} the
 * result is taken literally, so a rule may hand back the original text (with its "$" signs).
 */
final class Rewriter {
    private Rewriter() {
    }

    static String replace(Pattern pattern, String text, Function<MatchResult, String> speak) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int last = 0;
        do {
            out.append(text, last, m.start()).append(speak.apply(m));
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Each match replaced by what {@code speak} gives, or kept as written when it gives null
     * (a candidate that turned out not to be one); one pass, no copy when nothing changes.
     */
    static String replaceOrKeep(Pattern pattern, String text, Function<Matcher, String> speak) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String spoken = speak.apply(m);
            if (spoken == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, m.start()).append(spoken);
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** A group's text, or null when it did not take part in the match. */
    static String group(MatchResult m, int g) {
        return m.start(g) < 0 ? null : m.group(g);
    }
}
