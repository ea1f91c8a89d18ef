package org.lector.script;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The text of a block as print shows it: the characters, the spans styling them, the notes the
 * text cites (in order of first citation) and the sentences it is split into. Sentences cover the
 * text in order without overlapping; whitespace between them belongs to neither.
 */
public record Prose(String text, List<Span> spans, List<NoteText> notes, List<Sentence> sentences) {
    public static final Prose EMPTY = new Prose("", List.of(), List.of(), List.of());

    public Prose {
        spans = List.copyOf(spans);
        notes = List.copyOf(notes);
        sentences = List.copyOf(sentences);
    }

    public static Prose plain(String text) {
        return new Prose(text, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** The print text of one of this block's sentences. */
    public String text(Sentence s) {
        return text.substring(s.start(), s.end());
    }

    /** The spans inside one sentence, with offsets relative to the sentence's start. */
    public List<Span> spans(Sentence s) {
        List<Span> out = new ArrayList<>();
        for (Span sp : spans) {
            boolean zeroWidthInside = sp.start() == sp.end() && sp.start() >= s.start() && sp.start() <= s.end();
            if (zeroWidthInside || sp.covers(s.start(), s.end())) {
                int from = Math.max(sp.start(), s.start()) - s.start();
                int to = Math.min(sp.end(), s.end()) - s.start();
                out.add(new Span(sp.kind(), from, to, sp.value()));
            }
        }
        return out;
    }

    /** The block's whole spoken form: its sentences' speech joined by spaces ("" before the speech stage). */
    public String speech() {
        StringBuilder sb = new StringBuilder();
        for (Sentence s : sentences) {
            if (s.speaks()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s.speech().strip());
            }
        }
        return sb.toString();
    }

    public boolean speaks() {
        return sentences.stream().anyMatch(Sentence::speaks);
    }

    public Prose withSentences(List<Sentence> replaced) {
        return new Prose(text, spans, notes, replaced);
    }

    /** The same prose with each sentence's speech replaced by what {@code speak} makes of it. */
    public Prose mapSentences(UnaryOperator<Sentence> speak) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            out.add(speak.apply(s));
        }
        return withSentences(out);
    }
}
