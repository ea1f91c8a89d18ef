package org.lector.source;

import java.util.List;
import org.lector.document.Characters;

/**
 * The last cleaning every article's text and title get, by whatever route they came (a file, an
 * export page, an XML 1.1 export that may carry control characters): control characters, which
 * a terminal would obey and a braille table or PDF font cannot show, are removed, and code
 * points that are no characters at all (lone surrogates, noncharacters) become U+FFFD, each
 * counted in a warning. Tab and newline stay in text, where they mean layout.
 */
public final class TextHygiene {
    private TextHygiene() {
    }

    /** A title for one line: no control characters, blanks collapsed, not a code point broken. */
    public static String title(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(title.length());
        boolean blank = false;
        for (int i = 0; i < title.length(); ) {
            int cp = title.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                blank = true;
                continue;
            }
            if (blank && !out.isEmpty()) {
                out.append(' ');
            }
            blank = false;
            out.appendCodePoint(Characters.isReadable(cp) ? cp : '\uFFFD'); // controls were skipped above
        }
        return out.toString();
    }

    /** The text cleaned as the class says; what was done is added to {@code warnings}. */
    public static String text(String text, List<String> warnings) {
        StringBuilder out = null;
        int removed = 0;
        int replaced = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean unreadable = !Characters.isReadable(cp) && cp != '\t' && cp != '\n' && cp != '\r';
            if (unreadable) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (Character.isISOControl(cp)) {
                    removed++;
                } else {
                    replaced++;
                    out.append('\uFFFD');
                }
            } else if (out != null) {
                out.append(text, i, next);
            }
            i = next;
        }
        if (removed > 0) {
            warnings.add("removed " + removed + " NUL or control character(s)");
        }
        if (replaced > 0) {
            warnings.add("replaced " + replaced + " code point(s) that are not characters (lone surrogates, noncharacters) with \uFFFD");
        }
        return out == null ? text : out.toString();
    }
}
