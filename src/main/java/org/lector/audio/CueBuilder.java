package org.lector.audio;

import java.util.ArrayList;
import java.util.List;

/**
 * Captions for one item from the times of its spoken sentences. Cues show print sentences; when
 * the print text splits into as many sentences as the speech did, each cue gets its sentence's
 * exact time. When it does not ("p. 104" ends no sentence in print, "page one hundred and four"
 * does not either, but abbreviations and quotations can differ), the print sentences share the
 * item's time in proportion to their length: still inside the item, never out of order.
 */
final class CueBuilder {
    private CueBuilder() {
    }

    static List<Cue> cues(SpokenItem item, List<String> spokenSentences, List<long[]> spans) {
        List<Cue> cues = new ArrayList<>();
        if (spans.isEmpty()) {
            return cues;
        }
        List<String> print = Sentences.of(item.caption().replaceAll("\\s+", " "));
        if (print.isEmpty()) {
            return cues;
        }
        if (print.size() == spokenSentences.size()) {
            for (int i = 0; i < print.size(); i++) {
                cues.add(new Cue(cueId(item, i, print.size()), spans.get(i)[0], spans.get(i)[1], print.get(i)));
            }
            return cues;
        }
        long start = spans.get(0)[0];
        long end = spans.get(spans.size() - 1)[1];
        long total = print.stream().mapToLong(String::length).sum();
        long done = 0;
        for (int i = 0; i < print.size(); i++) {
            long from = start + (end - start) * done / total;
            done += print.get(i).length();
            long to = start + (end - start) * done / total;
            cues.add(new Cue(cueId(item, i, print.size()), from, to, print.get(i)));
        }
        return cues;
    }

    private static String cueId(SpokenItem item, int index, int count) {
        return count == 1 ? item.id() : item.id() + "#" + (index + 1);
    }
}
