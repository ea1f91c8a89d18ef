package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helper: finds template calls in wikitext by balanced braces and splits them into a TemplateCall. */
final class Wikitext {
    private Wikitext() {
    }

    /** Every top-level call "{{…}}" in the text, in order (nested calls are inside their parent). */
    static List<String> topLevelCalls(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while ((i = text.indexOf("{{", i)) >= 0) {
            int end = matchingEnd(text, i);
            if (end < 0) {
                break;
            }
            out.add(text.substring(i, end));
            i = end;
        }
        return out;
    }

    /** Every call at any depth. */
    static List<String> allCalls(String text) {
        List<String> out = new ArrayList<>();
        for (String call : topLevelCalls(text)) {
            out.add(call);
            out.addAll(allCalls(call.substring(2, call.length() - 2)));
        }
        return out;
    }

    /** Index just past the "}}" closing the "{{" at {@code start}; -1 when unbalanced. */
    static int matchingEnd(String text, int start) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            if (text.startsWith("{{", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("}}", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    /** "{{name|a|k=v}}" → TemplateCall, splitting on "|" outside nested {{ }} and [[ ]]. */
    static TemplateCall parse(String call) {
        String inner = call.substring(2, call.length() - 2);
        List<String> parts = split(inner);
        String name = parts.get(0);
        Map<String, String> params = new LinkedHashMap<>();
        int n = 1;
        for (String p : parts.subList(1, parts.size())) {
            int eq = equalsOutsideNesting(p);
            if (eq > 0) {
                params.put(p.substring(0, eq).trim(), p.substring(eq + 1).trim());
            } else {
                params.put(Integer.toString(n++), p);
            }
        }
        if (name.contains(":") && name.toLowerCase().startsWith("formatnum:")) {
            return new TemplateCall(name, params);
        }
        return new TemplateCall(name, params);
    }

    private static List<String> split(String s) {
        List<String> parts = new ArrayList<>();
        int braces = 0;
        int brackets = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("{{", i)) {
                braces++;
                cur.append("{{");
                i++;
            } else if (s.startsWith("}}", i) && braces > 0) {
                braces--;
                cur.append("}}");
                i++;
            } else if (s.startsWith("[[", i)) {
                brackets++;
                cur.append("[[");
                i++;
            } else if (s.startsWith("]]", i) && brackets > 0) {
                brackets--;
                cur.append("]]");
                i++;
            } else if (s.charAt(i) == '|' && braces == 0 && brackets == 0) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(s.charAt(i));
            }
        }
        parts.add(cur.toString());
        return parts;
    }

    private static int equalsOutsideNesting(String p) {
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '{' || c == '[' || c == '<') {
                depth++;
            } else if (c == '}' || c == ']' || c == '>') {
                depth--;
            } else if (c == '=' && depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
