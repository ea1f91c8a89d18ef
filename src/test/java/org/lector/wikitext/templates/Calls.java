package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: wikitext template calls into {@link TemplateCall}s, and balanced-brace scanning. */
final class Calls {
    private Calls() {
    }

    /** "{{sfn|Kotkin|2014|p=426}}" → a call; splits on top-level pipes only. */
    static TemplateCall parse(String wikitext) {
        String inner = wikitext.substring(2, wikitext.length() - 2);
        List<String> parts = splitTopLevel(inner);
        Map<String, String> params = new LinkedHashMap<>();
        int positional = 1;
        for (String p : parts.subList(1, parts.size())) {
            int eq = topLevelEquals(p);
            if (eq >= 0) {
                params.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            } else {
                params.put(Integer.toString(positional++), p);
            }
        }
        return new TemplateCall(parts.get(0), params);
    }

    /** Every balanced {{…}} in the text, nested ones included, in order of their start. */
    static List<String> allCalls(String text) {
        List<String> out = new ArrayList<>();
        for (int i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 2)) {
            int end = matchingEnd(text, i);
            if (end > 0) {
                out.add(text.substring(i, end));
            }
        }
        return out;
    }

    private static int matchingEnd(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length() - 1; i++) {
            if (s.startsWith("{{", i)) {
                depth++;
                i++;
            } else if (s.startsWith("}}", i)) {
                depth--;
                i++;
                if (depth == 0) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    private static List<String> splitTopLevel(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '{' || c == '[') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                depth++;
                i++;
            } else if ((c == '}' || c == ']') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                depth--;
                i++;
            } else if (c == '|' && depth == 0) {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        out.add(s.substring(from));
        return out;
    }

    private static int topLevelEquals(String s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
