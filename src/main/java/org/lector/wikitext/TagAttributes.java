package org.lector.wikitext;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses HTML-style attributes: {@code name=x}, {@code name="x y"}, {@code name='x'}, bare {@code name}. */
final class TagAttributes {
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s=\"'/>]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?");

    private TagAttributes() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(text);
        while (m.find()) {
            String value = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            out.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), value == null ? "" : value.trim());
        }
        return out;
    }
}
