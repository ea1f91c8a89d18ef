package org.lector.wikitext;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Splits a template's raw parts into named and numbered parameters. A part is named when it has an
 * '=' outside nested braces, brackets and tags: {@code |quote=He said {{lang|x|a=b}}}.
 */
final class ParameterSplitter {
    private ParameterSplitter() {
    }

    static Map<String, String> split(List<String> partsAfterName) {
        Map<String, String> params = new LinkedHashMap<>();
        int positional = 0;
        for (String part : partsAfterName) {
            int eq = topLevelEquals(part);
            if (eq < 0) {
                positional++;
                params.put(Integer.toString(positional), part);
            } else {
                String key = stripComments(part.substring(0, eq)).trim();
                params.put(key, part.substring(eq + 1));
            }
        }
        return params;
    }

    static int topLevelEquals(String s) {
        Map<String, Integer> unclosedFrom = new HashMap<>();
        int braces = 0;
        int brackets = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '{' && i + 1 < n && s.charAt(i + 1) == '{') {
                braces++;
                i++;
            } else if (c == '}' && i + 1 < n && s.charAt(i + 1) == '}') {
                braces = Math.max(0, braces - 1);
                i++;
            } else if (c == '[' && i + 1 < n && s.charAt(i + 1) == '[') {
                brackets++;
                i++;
            } else if (c == ']' && i + 1 < n && s.charAt(i + 1) == ']') {
                brackets = Math.max(0, brackets - 1);
                i++;
            } else if (c == '<') {
                // an '=' inside a comment, a tag's attributes or an extension tag's body is not the separator
                i = skipTag(s, i, unclosedFrom) - 1;
            } else if (c == '=' && braces == 0 && brackets == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index just past a comment, a tag, or an extension tag with its body; i+1 for a lone '<'.
     * {@code unclosedFrom} remembers, per tag name, from where no closing tag follows, so that a
     * run of unclosed refs is not searched to its end once per ref.
     */
    private static int skipTag(String s, int i, Map<String, Integer> unclosedFrom) {
        if (s.startsWith("<!--", i)) {
            int end = s.indexOf("-->", i + 4);
            return end < 0 ? s.length() : end + 3;
        }
        int j = i + 1;
        while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
            j++;
        }
        if (j == i + 1) {
            return i + 1;
        }
        String name = s.substring(i + 1, j).toLowerCase(Locale.ROOT);
        int gt = s.indexOf('>', j);
        if (gt < 0) {
            return i + 1;
        }
        if (!Preprocessor.OPAQUE_TAGS.contains(name) || s.charAt(gt - 1) == '/') {
            return gt + 1;
        }
        Integer unclosed = unclosedFrom.get(name);
        int close = unclosed != null && gt >= unclosed ? -1 : closingTag(s, name, gt);
        if (close < 0) {
            unclosedFrom.putIfAbsent(name, gt);
            return gt + 1;
        }
        int closeEnd = s.indexOf('>', close);
        return closeEnd < 0 ? s.length() : closeEnd + 1;
    }

    /** Where "</name" (any case) starts after {@code from}; -1 when nowhere. */
    private static int closingTag(String s, String name, int from) {
        for (int k = s.indexOf("</", from); k >= 0; k = s.indexOf("</", k + 2)) {
            if (s.regionMatches(true, k + 2, name, 0, name.length())) {
                return k;
            }
        }
        return -1;
    }

    static String stripComments(String s) {
        int i = s.indexOf("<!--");
        if (i < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        while (i >= 0) {
            sb.append(s, from, i);
            int end = s.indexOf("-->", i + 4);
            if (end < 0) {
                return sb.toString();
            }
            from = end + 3;
            i = s.indexOf("<!--", from);
        }
        sb.append(s, from, s.length());
        return sb.toString();
    }
}
