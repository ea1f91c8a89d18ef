package org.lector.wikitext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts warnings by message so that a problem seen 300 times is reported once, with its count. */
final class Warnings {
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    void add(String message) {
        counts.merge(message, 1, Integer::sum);
    }

    List<String> summary() {
        List<String> out = new ArrayList<>();
        counts.forEach((m, n) -> out.add(
                m.equals(CharacterReferences.WARNING) ? CharacterReferences.summary(n)
                : m.equals(CharacterReferences.RAW_WARNING) ? CharacterReferences.rawSummary(n)
                : n == 1 ? m : m + " (" + n + " times)"));
        return out;
    }
}
