package org.lector.source;

import java.util.List;

/**
 * Puts headings back on their own lines in wikitext whose newlines were flattened to spaces (as in
 * the seed: "… Do not fill this in! ==Consolidation of power== {{Main|…}} === 1924–1927: … === …").
 * Without this a parser sees one giant paragraph.
 *
 * <p>Only headings are restored: paragraph breaks are lost for good, and guessing where list items
 * or table rows began would do more harm than good. Headings are recognised only outside
 * templates, links, comments and extension tags, so template parameters such as {@code |p=426} or
 * {@code |title=…} are never split.
 */
public final class FlattenedTextRepair {

    /** Flattened text has lines far longer than any real wikitext paragraph. */
    private static final int MIN_AVERAGE_LINE = 1000;
    private static final int MAX_TITLE = 200;

    /** Tags whose content is not wikitext (or cannot hold a heading) and is skipped whole. */
    private static final List<String> OPAQUE_TAGS =
            List.of("nowiki", "pre", "math", "ref", "source", "syntaxhighlight", "code", "score");

    private FlattenedTextRepair() {
    }

    /** True when the text has very long lines and at least one heading in the middle of a line. */
    public static boolean isFlattened(String text) {
        long newlines = text.chars().filter(c -> c == '\n').count();
        if (text.length() < MIN_AVERAGE_LINE * (newlines + 1)) {
            return false;
        }
        return new Scan(text).run(true) > 0;
    }

    /** Restores heading lines if the text is flattened; returns it unchanged otherwise. */
    public static Repaired repair(String text) {
        if (!isFlattened(text)) {
            return Repaired.unchanged(text);
        }
        Scan scan = new Scan(text);
        int headings = scan.run(false);
        return new Repaired(scan.out.toString(), List.of("restored line breaks around " + headings
                + " heading(s) in text whose newlines had been flattened to spaces"));
    }

    /** One pass over the text that tracks nesting and finds headings at depth zero. */
    private static final class Scan {
        private final String text;
        private final StringBuilder out;

        Scan(String text) {
            this.text = text;
            this.out = new StringBuilder(text.length() + 256);
        }

        /**
         * Rewrites the text into {@link #out}. In {@code countMidLineOnly} mode it only counts headings
         * that stand mid-line; otherwise it counts every heading it puts on its own line.
         */
        int run(boolean countMidLineOnly) {
            int found = 0;
            int braces = 0;
            int brackets = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                int skipTo = c == '<' ? endOfOpaque(i) : -1;
                if (skipTo > i) {
                    out.append(text, i, skipTo);
                    i = skipTo;
                } else if (text.startsWith("{{", i)) {
                    braces++;
                    out.append("{{");
                    i += 2;
                } else if (text.startsWith("}}", i) && braces > 0) {
                    braces--;
                    out.append("}}");
                    i += 2;
                } else if (text.startsWith("[[", i)) {
                    brackets++;
                    out.append("[[");
                    i += 2;
                } else if (text.startsWith("]]", i) && brackets > 0) {
                    brackets--;
                    out.append("]]");
                    i += 2;
                } else if (c == '=' && braces == 0 && brackets == 0 && (i == 0 || text.charAt(i - 1) == '\n' || isSpace(text.charAt(i - 1)))) {
                    int end = headingEnd(i);
                    if (end < 0) {
                        out.append(c);
                        i++;
                        continue;
                    }
                    boolean midLine = lineHasText();
                    if (!countMidLineOnly || midLine) {
                        found++;
                    }
                    trimTrailingSpaces();
                    if (out.length() > 0) {
                        out.append(midLine ? "\n\n" : "");
                    }
                    out.append(text, i, end).append('\n');
                    i = end;
                    while (i < text.length() && isSpace(text.charAt(i))) {
                        i++;
                    }
                } else {
                    out.append(c);
                    i++;
                }
            }
            return found;
        }

        /** If a heading ("==Title==", 2–6 equal signs each side) starts at {@code i}, where it ends. */
        private int headingEnd(int i) {
            int level = run(i);
            if (level < 2 || level > 6) {
                return -1;
            }
            int close = i + level;
            int limit = Math.min(text.length(), close + MAX_TITLE + 1); // bounded: keeps the scan linear
            while (close < limit && text.charAt(close) != '=') {
                close++;
            }
            if (close >= limit || run(close) != level) {
                return -1;
            }
            String title = text.substring(i + level, close);
            int end = close + level;
            boolean followedBySpace = end == text.length() || isSpace(text.charAt(end));
            String trimmed = title.strip();
            if (!followedBySpace || trimmed.isEmpty() || title.length() > MAX_TITLE
                    || title.contains("\n") || title.contains("{{") || title.contains("[[")
                    || title.contains("|") || title.contains("}}") || title.contains("]]")) {
                return -1;
            }
            return end;
        }

        private int run(int i) {
            int n = 0;
            while (i + n < text.length() && text.charAt(i + n) == '=') {
                n++;
            }
            return n;
        }

        /** True if the output line written so far holds more than spaces. */
        private boolean lineHasText() {
            for (int k = out.length() - 1; k >= 0; k--) {
                char c = out.charAt(k);
                if (c == '\n') {
                    return false;
                }
                if (!isSpace(c)) {
                    return true;
                }
            }
            return false;
        }

        private void trimTrailingSpaces() {
            int len = out.length();
            while (len > 0 && isSpace(out.charAt(len - 1))) {
                len--;
            }
            out.setLength(len);
        }

        /** End of a comment or opaque element starting at {@code i}, or -1 if none starts there. */
        private int endOfOpaque(int i) {
            if (text.startsWith("<!--", i)) {
                int close = text.indexOf("-->", i + 4);
                return close < 0 ? text.length() : close + 3;
            }
            for (String tag : OPAQUE_TAGS) {
                int afterName = i + 1 + tag.length();
                if (afterName < text.length() && text.regionMatches(true, i + 1, tag, 0, tag.length())
                        && (text.charAt(afterName) == '>' || isSpace(text.charAt(afterName)))) {
                    int tagEnd = text.indexOf('>', afterName);
                    if (tagEnd < 0) {
                        return -1;
                    }
                    if (text.charAt(tagEnd - 1) == '/') {
                        return tagEnd + 1; // self-closing, e.g. <ref name="x"/>
                    }
                    String closing = "</" + tag + ">";
                    int close = indexOfIgnoreCase(closing, tagEnd);
                    return close < 0 ? -1 : close + closing.length();
                }
            }
            return -1;
        }

        /** Per closing tag: {searched from, found at or -1}; many unclosed tags must not rescan the text. */
        private final java.util.Map<String, int[]> closeCache = new java.util.HashMap<>();

        private int indexOfIgnoreCase(String needle, int from) {
            int[] cached = closeCache.get(needle);
            if (cached != null && from >= cached[0] && (cached[1] < 0 || from <= cached[1])) {
                return cached[1];
            }
            int found = -1;
            for (int k = text.indexOf('<', from); k >= 0; k = text.indexOf('<', k + 1)) {
                if (text.regionMatches(true, k, needle, 0, needle.length())) {
                    found = k;
                    break;
                }
            }
            closeCache.put(needle, new int[] {from, found});
            return found;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\u00A0';
        }
    }
}
