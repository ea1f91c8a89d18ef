package org.lector.wikitext;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts warnings by message so that a problem seen 300 times is reported once, with its count.
 * Unknown templates are counted with the words they held, so a user sees what was lost:
 * "unknown template {{foo}} dropped (3 times, 17 words)", or "… its text kept (2 times)". A
 * template with no words in its parameters (a navigation box, written bare) is counted alone.
 */
final class Warnings {
    /** A message's count, and the words it concerns (negative when words are not counted). */
    private static final class Tally {
        int count;
        int words = -1;
    }

    private final Map<String, Tally> counts = new LinkedHashMap<>();

    void add(String message) {
        counts.computeIfAbsent(message, m -> new Tally()).count++;
    }

    /** An unknown template left out, with the number of words its parameters held. */
    void droppedTemplate(String normalizedName, int words) {
        Tally t = counts.computeIfAbsent("unknown template {{" + normalizedName + "}} dropped", m -> new Tally());
        t.count++;
        t.words = Math.max(0, t.words) + words;
    }

    /** An unknown template whose text parameters read as prose and were kept. */
    void keptTemplate(String normalizedName) {
        add("unknown template {{" + normalizedName + "}}: its text kept");
    }

    List<String> summary() {
        List<String> out = new ArrayList<>();
        counts.forEach((m, t) -> out.add(
                m.equals(CharacterReferences.WARNING) ? CharacterReferences.summary(t.count)
                : m.equals(CharacterReferences.RAW_WARNING) ? CharacterReferences.rawSummary(t.count)
                : t.words > 0 ? m + " (" + (t.count == 1 ? "" : t.count + " times, ") + words(t.words) + ")"
                : t.count == 1 ? m : m + " (" + t.count + " times)"));
        return out;
    }

    private static String words(int n) {
        return n == 1 ? "1 word" : n + " words";
    }
}
