package org.lector.wikitext;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.lector.document.Characters;

/**
 * The one decoder of character references ({@code &amp;}, {@code &#x2013;}, {@code &#8212;}) for
 * all of the wikitext package, and the guard on the characters an article may put in front of a
 * reader. Named references are HTML5's (which MediaWiki accepts); numeric ones in the C1 range
 * are read as Windows-1252, as browsers do ({@code &#150;} is an en dash). A reference to no
 * character (past U+10FFFF, a surrogate, a noncharacter) or to a control character becomes
 * U+FFFD: such a character would corrupt the script (a lone surrogate is no UTF-8), or drive the
 * terminal ({@code &#x1b;[2J} clears it). Each replacement is reported through the caller's
 * warning sink with {@link #WARNING}, which {@link Warnings} sums up into one line per article.
 */
public final class CharacterReferences {
    /** The warning reported once per replaced reference; {@link #summary} words the total. */
    public static final String WARNING = "character reference to an invalid or control character";
    /** Reported once per invalid or control character found raw in the text. */
    static final String RAW_WARNING = "invalid or control character in the text";
    static final char REPLACEMENT = '\uFFFD';

    /** Longest name in HTML5's table is 31 characters ("CounterClockwiseContourIntegral"). */
    private static final int MAX_NAME = 32;
    private static final Map<String, String> NAMED = loadNamed();
    /** What a browser shows for &#128;…&#159;: Windows-1252; 0 where that code page has nothing. */
    private static final char[] WINDOWS_1252 = {
        '\u20AC', 0, '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', 0, '\u017D', 0,
        0, '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', 0, '\u017E', '\u0178'};

    /** One reference found in a text: what it stands for and where it ends. */
    record Decoded(String text, int end, boolean replaced) {
    }

    private CharacterReferences() {
    }

    /** The summary line of {@code count} {@link #WARNING}s. */
    static String summary(int count) {
        return count == 1
                ? "1 character reference named an invalid or control character; shown as \uFFFD"
                : count + " character references named invalid or control characters; shown as \uFFFD";
    }

    /** The summary line of {@code count} {@link #RAW_WARNING}s. */
    static String rawSummary(int count) {
        return count == 1
                ? "1 invalid or control character in the text; shown as \uFFFD"
                : count + " invalid or control characters in the text; shown as \uFFFD";
    }

    /** Every reference in {@code s} decoded; text that is no reference is kept as written. */
    public static String decode(String s, Consumer<String> warn) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, amp);
        int i = amp;
        while (i < s.length()) {
            char c = s.charAt(i);
            Decoded d = c == '&' ? at(s, i) : null;
            if (d == null) {
                out.append(c);
                i++;
            } else {
                if (d.replaced()) {
                    warn.accept(WARNING);
                }
                out.append(d.text());
                i = d.end();
            }
        }
        return out.toString();
    }

    /** The reference that starts at {@code s[i]} (an '&'), or null when none does. */
    static Decoded at(CharSequence s, int i) {
        int n = s.length();
        int j = i + 1;
        if (j < n && s.charAt(j) == '#') {
            j++;
            boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
            if (hex) {
                j++;
            }
            int start = j;
            long value = 0;
            for (; j < n; j++) {
                int digit = Character.digit(s.charAt(j), hex ? 16 : 10);
                if (digit < 0 || s.charAt(j) > 'z') {
                    break;
                }
                // past U+10FFFF the exact value no longer matters; capping it keeps long from overflowing
                value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000);
            }
            if (j == start || j >= n || s.charAt(j) != ';') {
                return null;
            }
            String text = numeric((int) value);
            return new Decoded(text == null ? String.valueOf(REPLACEMENT) : text, j + 1, text == null);
        }
        int start = j;
        while (j < n && j - start <= MAX_NAME && isNameChar(s.charAt(j), j == start)) {
            j++;
        }
        if (j == start || j >= n || s.charAt(j) != ';') {
            return null;
        }
        String text = NAMED.get(s.subSequence(start, j).toString());
        return text == null ? null : new Decoded(text, j + 1, false);
    }

    /** The text of a numeric reference, or null when it names no character a reader may be shown. */
    private static String numeric(int cp) {
        if (cp == '\t' || cp == '\n') {
            return String.valueOf((char) cp);
        }
        if (cp == '\r') {
            return " "; // a lone carriage return would send a terminal back over the line
        }
        if (cp >= 0x80 && cp <= 0x9F) {
            char mapped = WINDOWS_1252[cp - 0x80];
            return mapped == 0 ? null : String.valueOf(mapped);
        }
        return isReadable(cp) ? new String(Character.toChars(cp)) : null;
    }

    /** True for a code point that is a character and no control: what text may hold besides tab and newline. */
    static boolean isReadable(int cp) {
        return Characters.isReadable(cp);
    }

    /**
     * The text with every control character other than tab and newline, every lone surrogate and
     * every noncharacter replaced by U+FFFD, each reported with {@link #RAW_WARNING}; a carriage
     * return becomes a newline. The text itself is returned when there is nothing to replace.
     */
    static String sanitize(String text, Consumer<String> warn) {
        int first = firstUnreadable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp == '\r') {
                if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                    out.append('\n');
                }
            } else if (cp == '\t' || cp == '\n' || isReadable(cp)) {
                out.appendCodePoint(cp);
            } else {
                warn.accept(RAW_WARNING);
                out.append(REPLACEMENT);
            }
            i += width;
        }
        return out.toString();
    }

    private static int firstUnreadable(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != '\t' && cp != '\n' && !isReadable(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || !first && c >= '0' && c <= '9';
    }

    private static Map<String, String> loadNamed() {
        Map<String, String> out = new HashMap<>(4096);
        try (InputStream in = CharacterReferences.class.getResourceAsStream("html5-entities.txt")) {
            if (in == null) {
                throw new IllegalStateException("html5-entities.txt missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                StringBuilder value = new StringBuilder();
                for (String hex : line.substring(tab + 1).split(" ")) {
                    value.appendCodePoint(Integer.parseInt(hex, 16));
                }
                out.put(line.substring(0, tab), value.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
