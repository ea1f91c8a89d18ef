package org.lector.wikitext;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The bodies of named refs anywhere in the article ({@code <ref name="x">…</ref>}), found before
 * parsing, because a ref may be used ({@code <ref name="x"/>}) before it is defined, or defined
 * only inside {@code <references>} at the end (list-defined references).
 */
final class RefDefinitions {
    private final Map<String, String> bodies = new HashMap<>();

    static RefDefinitions scan(String wikitext) {
        RefDefinitions defs = new RefDefinitions();
        String lower = wikitext.toLowerCase(Locale.ROOT);
        if (lower.length() != wikitext.length()) {
            return defs;
        }
        int i = 0;
        while ((i = lower.indexOf("<ref", i)) >= 0) {
            int nameEnd = i + 4;
            if (nameEnd >= lower.length() || !(Character.isWhitespace(lower.charAt(nameEnd)))) {
                i = nameEnd;
                continue;
            }
            int gt = lower.indexOf('>', nameEnd);
            if (gt < 0) {
                break;
            }
            if (wikitext.charAt(gt - 1) == '/') {
                i = gt + 1;
                continue;
            }
            int close = lower.indexOf("</ref", gt);
            if (close < 0) {
                break;
            }
            Map<String, String> attrs = TagAttributes.parse(wikitext.substring(nameEnd, gt));
            String name = attrs.get("name");
            String body = wikitext.substring(gt + 1, close);
            if (name != null && !name.isBlank() && !body.isBlank()) {
                defs.bodies.putIfAbsent(key(attrs.getOrDefault("group", ""), name), body);
            }
            i = close + 5;
        }
        return defs;
    }

    String body(String group, String name) {
        return bodies.get(key(group, name));
    }

    private static String key(String group, String name) {
        return group.trim() + "\u0000" + name.trim();
    }
}
