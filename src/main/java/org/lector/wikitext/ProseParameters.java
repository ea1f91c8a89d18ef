package org.lector.wikitext;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Judges a template parameter's value without expanding it: its words as a reader would see them
 * (markup stripped, nested templates left out), whether those words read as prose, and how many
 * there are. Used for templates no handler knows, whose parameters may be article text
 * ({@code {{Hidden|Early life|He was born …}}}) or data for a layout Lector does not have
 * ({@code |id=Q42}, {@code |pop_1=536,079}, {@code |image=x.jpg}, {@code |bgcolor=#fafafa}).
 *
 * <p>Every scan here is a hand loop or a possessive pattern over one value: linear in its length.
 */
final class ProseParameters {
    /** Two letters of a script written without spaces between words (Chinese, Japanese, Thai…) are a word of prose. */
    private static final Pattern UNSPACED_SCRIPT = Pattern.compile(
            "[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}\\p{IsTibetan}]{2}");
    private static final Pattern FILE_NAME = Pattern.compile(
            "(?is)(?:file|image|datei|bild):.*|.*\\.(?:jpe?g|png|gif|svg|tiff?|webp|xcf|ogg|oga|ogv|webm|mp3|mp4|wav|flac|midi?|pdf|djvu|stl)");
    private static final Pattern ADDRESS = Pattern.compile("(?i)(?:https?:)?//\\S*|www\\.\\S*|[^\\s@]+@[^\\s@]+");
    /**
     * CSS declarations ("width:20em; float:right") and HTML attributes ("style=…", "class=…"). A
     * match may only start where a run of letters starts, so a long run is not rescanned from
     * each of its letters.
     */
    private static final Pattern STYLE = Pattern.compile(
            "(?i)(?<![a-z-])[a-z-]++\\s*+:\\s*+[^\\s;:]++\\s*+;|(?<![\\p{L}\\p{N}])(?:style|class|align|width)\\s*+=");

    /** Characters of a value looked at to judge it. */
    private static final int JUDGED = 2000;

    private ProseParameters() {
    }

    /**
     * The words of a value as a reader would see them: comments, refs, tags, nested templates and
     * file links dropped, links reduced to their labels, bold and italic quotes removed.
     */
    static String words(String wikitext) {
        String s = ParameterSplitter.stripComments(wikitext);
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int i = 0;
        int[] noRefCloseFrom = {n + 1};
        while (i < n) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < n && s.charAt(i + 1) == '{') {
                i = skipBalanced(s, i, '{', '}');
                out.append(' ');
            } else if (c == '[' && i + 1 < n && s.charAt(i + 1) == '[') {
                int end = skipBalanced(s, i, '[', ']');
                out.append(linkLabel(s.substring(i + 2, Math.max(i + 2, end - 2))));
                i = end;
            } else if (c == '[' && startsWithAddress(s, i + 1)) {
                int close = s.indexOf(']', i);
                String inner = close < 0 ? s.substring(i + 1) : s.substring(i + 1, close);
                int space = inner.indexOf(' ');
                out.append(space < 0 ? "" : inner.substring(space + 1));
                i = close < 0 ? n : close + 1;
            } else if (c == '<') {
                i = skipTag(s, i, noRefCloseFrom);
                out.append(' ');
            } else if (c == '\'' && i + 1 < n && s.charAt(i + 1) == '\'') {
                // bold and italic quotes, however many
                while (i < n && s.charAt(i) == '\'') {
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString().replace('\u00A0', ' ').trim();
    }

    /**
     * True when the words read as prose: at least two words that start with a letter and are
     * mostly letters, two or more ("Group A", "3rd place" and "pa0402" are selectors or codes, "Pierre Deligne" a name, "One Small Step"
     * a title) or a run of a script written without spaces; mostly letters; and not an address,
     * a file name or styling.
     * A single token (a code, a name of a page, a colour), a number or a date is data.
     */
    static boolean isProse(String words) {
        return isProse(words, 2);
    }

    /** As {@link #isProse(String)}, with the number of words of letters asked for. */
    static boolean isProse(String words, int minWords) {
        // whether a value is prose shows in its first lines; a megabyte of it need not be scanned
        String s = (words.length() > JUDGED ? words.substring(0, JUDGED) : words).strip();
        if (s.isEmpty() || FILE_NAME.matcher(s).matches() || STYLE.matcher(s).find()) {
            return false;
        }
        int letters = 0;
        int visible = 0;
        int wordsOfLetters = 0;
        int addresses = 0;
        for (String token : s.split("\\s++")) {
            if (ADDRESS.matcher(token).matches()) {
                addresses++;
                continue;
            }
            int tokenLetters = 0;
            for (int k = 0; k < token.length(); k++) {
                char c = token.charAt(k);
                if (Character.isLetter(c)) {
                    tokenLetters++;
                }
                visible++;
            }
            letters += tokenLetters;
            if (tokenLetters >= 2 && tokenLetters * 2 > token.length() && Character.isLetter(token.codePointAt(0))) {
                wordsOfLetters++;
            }
        }
        if (addresses > 0 && wordsOfLetters < 3) {
            return false;
        }
        if (UNSPACED_SCRIPT.matcher(s).find()) {
            return true;
        }
        return wordsOfLetters >= minWords && letters * 2 >= visible;
    }

    /** How many words (tokens holding a letter or a digit) the value shows; addresses and file names count nothing. */
    static int count(String words) {
        String s = words.strip();
        if (s.isEmpty() || FILE_NAME.matcher(s).matches()) {
            return 0;
        }
        int count = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            boolean wordLike = false;
            boolean address = s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("//", i)
                    || s.startsWith("www.", i);
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                char c = s.charAt(i);
                wordLike |= Character.isLetterOrDigit(c);
                address |= c == '@';
                i++;
            }
            if (i > start && wordLike && !address) {
                count++;
            }
        }
        return count;
    }

    /** "Target|label" → "label"; "Target" → "Target"; a file or category link shows nothing. */
    private static String linkLabel(String inner) {
        int colon = inner.indexOf(':');
        if (colon > 0) {
            String prefix = inner.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            if (Namespaces.isFile(prefix) || prefix.equals("category") || prefix.equals("kategorie")) {
                return " ";
            }
        }
        int pipe = inner.lastIndexOf('|');
        return pipe < 0 ? inner : inner.substring(pipe + 1);
    }

    private static boolean startsWithAddress(String s, int i) {
        return s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("//", i);
    }

    /** The index after the construct opened by a doubled {@code open} at {@code i}, nested ones counted. */
    private static int skipBalanced(String s, int i, char open, char close) {
        int depth = 0;
        int n = s.length();
        int k = i;
        while (k < n) {
            char c = s.charAt(k);
            if (c == open && k + 1 < n && s.charAt(k + 1) == open) {
                depth++;
                k += 2;
            } else if (c == close && k + 1 < n && s.charAt(k + 1) == close) {
                depth--;
                k += 2;
                if (depth == 0) {
                    return k;
                }
            } else {
                k++;
            }
        }
        return n;
    }

    /**
     * The index after a tag; a ref, with its body. A lone '<' is skipped alone. {@code noCloseFrom}
     * remembers where a search for "</ref" last failed, so unclosed refs are not searched for again.
     */
    private static int skipTag(String s, int i, int[] noCloseFrom) {
        int gt = s.indexOf('>', i);
        if (gt < 0) {
            return i + 1;
        }
        if (s.regionMatches(true, i, "<ref", 0, 4) && s.charAt(gt - 1) != '/' && gt < noCloseFrom[0]) {
            int close = indexOfIgnoreCase(s, "</ref", gt);
            if (close < 0) {
                noCloseFrom[0] = gt;
            } else {
                int end = s.indexOf('>', close);
                return end < 0 ? s.length() : end + 1;
            }
        }
        return gt + 1;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int k = s.indexOf('<', from); k >= 0; k = s.indexOf('<', k + 1)) {
            if (s.regionMatches(true, k, what, 0, what.length())) {
                return k;
            }
        }
        return -1;
    }
}
