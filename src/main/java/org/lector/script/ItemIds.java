package org.lector.script;

import java.util.HashMap;
import java.util.Map;

/**
 * Stable item ids: a section prefix ("s0" for the lead, "s1", "s2"… in document order) and a
 * counter per kind ("p" paragraph, "q" quote, "f" figure, "g" figure group, "l" list, "t" table,
 * "a" hatnote, "m" formula, "x" infobox): "s2.p4" is the fourth paragraph of section 2.
 */
final class ItemIds {
    private final String prefix;
    private final Map<String, Integer> counters = new HashMap<>();

    ItemIds(String prefix) {
        this.prefix = prefix;
    }

    String next(String kind) {
        return prefix + "." + kind + counters.merge(kind, 1, Integer::sum);
    }
}
