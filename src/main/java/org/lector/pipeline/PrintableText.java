package org.lector.pipeline;

/**
 * Article-derived text made safe to print on a terminal or into a line of a text file. A title or
 * warning comes from the article, and an article can hold anything: ESC sequences that clear the
 * screen or retitle the window, NUL, carriage returns that overwrite what was printed, bidi
 * overrides that show text in another order. Each such character becomes U+FFFD; every print of
 * article-derived text goes through here.
 */
public final class PrintableText {
    private static final char REPLACEMENT = '\uFFFD';

    private PrintableText() {
    }

    /** Text that may span lines: line feeds and tabs stay, other controls are replaced. */
    public static String text(String s) {
        return clean(s, false);
    }

    /** One line (a title, a message): line breaks and tabs become spaces, other controls are replaced. */
    public static String line(String s) {
        return clean(s, true);
    }

    private static String clean(String s, boolean oneLine) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && keep(s, i, oneLine)) {
            i++;
        }
        if (i == s.length()) {
            return s; // the common case: nothing to replace, no copy
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (keep(s, i, oneLine)) {
                b.append(c);
            } else if (oneLine && (c == '\n' || c == '\t' || c == '\r' || c == '\u2028' || c == '\u2029')) {
                b.append(' ');
            } else {
                b.append(REPLACEMENT);
            }
        }
        return b.toString();
    }

    private static boolean keep(String s, int i, boolean oneLine) {
        char c = s.charAt(i);
        if (c == '\n' || c == '\t') {
            return !oneLine;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return !(Character.getType(c) == Character.CONTROL // C0, DEL and C1
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' // bidi embeddings, overrides, isolates
                || c == '\u2028' || c == '\u2029');
    }
}
