package org.lector.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/** What every block needs to set its text: the page geometry, the fonts, and inline text. */
record Typesetter(Geometry geometry, FontSet fonts, InlineText inline, Tagging tags, Anchors anchors) {
    /** A block's text with a marker for every note it cites ({@link #marked}). */
    List<Line> lines(Prose prose, TextStyle style, float size, float width, float firstIndent, LineSetter.Align align) {
        return lines(prose.text(), marked(prose), style, size, width, firstIndent, align);
    }

    /**
     * The prose's spans, plus a marker at the end of its text for each note it cites without one
     * (a text that cites a note only as a whole), so every note is reachable from the text.
     */
    static List<Span> marked(Prose prose) {
        Set<String> marked = new HashSet<>();
        for (Span s : prose.spans()) {
            if (s.kind() == SpanKind.NOTEREF) {
                marked.add(s.value());
            }
        }
        List<Span> spans = new ArrayList<>(prose.spans());
        int end = prose.text().length();
        for (NoteText note : prose.notes()) {
            if (marked.add(note.label())) {
                spans.add(new Span(SpanKind.NOTEREF, end, end, note.label()));
            }
        }
        return spans;
    }

    /** The prose with {@code prefix} printed before it ("Infobox: ", "— "), its spans moved along. */
    static Prose prefixed(String prefix, Prose prose) {
        List<Span> spans = new ArrayList<>();
        for (Span s : prose.spans()) {
            spans.add(new Span(s.kind(), s.start() + prefix.length(), s.end() + prefix.length(), s.value()));
        }
        return new Prose(prefix + prose.text(), spans, prose.notes(), List.of());
    }

    List<Line> lines(String text, List<Span> spans, TextStyle style, float size, float width, float firstIndent,
                     LineSetter.Align align) {
        return LineSetter.set(inline.words(text, spans, style, size), width, firstIndent, align, fonts);
    }

    /** Plain text set as one tagged run (a note's back link, say). */
    List<Line> taggedLines(String text, InlineTag tag, TextStyle style, float size, float width) {
        return LineSetter.set(inline.words(text, List.of(), style, size).tagged(tag), width, 0, LineSetter.Align.LEFT, fonts);
    }

    float size() {
        return geometry.fontSize();
    }

    float leading() {
        return geometry.leading();
    }
}
