package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A readable name for a {@code {{convert}}} unit code Lector cannot convert, so that a code such as
 * "e3foo/d" never reaches a reader as written: each part is named as far as it is known
 * ("thousand foo per day"), "/" is "per", and a trailing 2 or 3 on an unknown part is "square" or
 * "cubic". What is not known at all keeps its letters, which is the most a reader can be given.
 */
final class UnitNames {
    private static final Map<String, String> POWERS = Map.of("e3", "thousand", "e6", "million", "e9", "billion",
            "e12", "trillion");

    private UnitNames() {
    }

    static String readable(String code) {
        String[] parts = code.trim().split("/");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            String name = part(parts[i].trim(), i == 0);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return String.join(" per ", names);
    }

    private static String part(String code, boolean plural) {
        StringBuilder words = new StringBuilder();
        String rest = code;
        boolean more = true;
        while (more && !rest.isEmpty()) {
            more = false;
            for (Map.Entry<String, String> p : POWERS.entrySet()) {
                if (rest.startsWith(p.getKey()) && rest.length() > p.getKey().length()) {
                    words.append(p.getValue()).append(' ');
                    rest = rest.substring(p.getKey().length());
                    more = true;
                    break;
                }
            }
        }
        if (rest.isEmpty()) {
            return words.toString().trim();
        }
        ConvertUnit known = ConvertUnit.find(rest);
        if (known != null) {
            return words + (plural ? known.plural() : known.singular());
        }
        char last = rest.charAt(rest.length() - 1);
        if ((last == '2' || last == '3') && rest.length() > 1) {
            String base = rest.substring(0, rest.length() - 1);
            ConvertUnit unit = ConvertUnit.find(base);
            String name = unit == null ? base : plural ? unit.plural() : unit.singular();
            return words + (last == '2' ? "square " : "cubic ") + name;
        }
        return words + rest.replace('_', ' ');
    }
}
