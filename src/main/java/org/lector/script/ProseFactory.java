package org.lector.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes a block's {@link Prose} from its assembled text: split into sentences (or kept as one),
 * with ids "owner.1", "owner.2"…. A boundary inside a formula is not taken, since TeX is read as
 * one unit. Blocks that speak even without print text (a figure group, a table, a row) get one
 * empty sentence to carry their words.
 */
final class ProseFactory {
    private final SentenceSplitter splitter;

    ProseFactory(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /** Split into sentences. */
    Prose split(TextAssembler a, String ownerId) {
        String text = a.text();
        List<Span> spans = a.spans();
        return make(text, spans, a.notes(), joinFormulas(splitter.split(text), spans), ownerId, false);
    }

    /** Split into sentences; one empty sentence when there is no text. */
    Prose splitOrEmpty(TextAssembler a, String ownerId) {
        String text = a.text();
        List<Span> spans = a.spans();
        return make(text, spans, a.notes(), joinFormulas(splitter.split(text), spans), ownerId, true);
    }

    /** One sentence for the whole text: headings, citations, table cells. */
    Prose whole(TextAssembler a, String ownerId) {
        String text = a.text();
        return make(text, a.spans(), a.notes(), SentenceSplitter.whole(text), ownerId, false);
    }

    /** One sentence for the whole text, an empty one when there is no text. */
    Prose wholeOrEmpty(TextAssembler a, String ownerId) {
        String text = a.text();
        return make(text, a.spans(), a.notes(), SentenceSplitter.whole(text), ownerId, true);
    }

    private static Prose make(String text, List<Span> spans, List<NoteText> notes, List<int[]> ranges,
                              String ownerId, boolean speaksWithoutText) {
        List<Sentence> sentences = new ArrayList<>();
        for (int[] r : ranges) {
            sentences.add(new Sentence(ownerId + "." + (sentences.size() + 1), r[0], r[1], null));
        }
        if (sentences.isEmpty() && (speaksWithoutText || !notes.isEmpty())) {
            // a note marker with no text around it still has to be read somewhere
            int at = notes.isEmpty() ? 0 : text.length();
            sentences.add(new Sentence(ownerId + ".1", at, at, null));
        }
        return new Prose(text, spans, notes, sentences);
    }

    private static List<int[]> joinFormulas(List<int[]> ranges, List<Span> spans) {
        List<int[]> out = new ArrayList<>();
        for (int[] r : ranges) {
            if (!out.isEmpty() && insideFormula(out.get(out.size() - 1)[1], r[0], spans)) {
                out.get(out.size() - 1)[1] = r[1];
            } else {
                out.add(r.clone());
            }
        }
        return out;
    }

    private static boolean insideFormula(int previousEnd, int nextStart, List<Span> spans) {
        for (Span s : spans) {
            if (s.kind() == SpanKind.FORMULA && s.start() < previousEnd && s.end() > nextStart) {
                return true;
            }
        }
        return false;
    }
}
