package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.ScriptItem;
import org.lector.script.Span;

/** What every block needs to set its text: the page geometry, the fonts, and inline text. */
record Typesetter(Geometry geometry, FontSet fonts, InlineText inline, Tagging tags, Anchors anchors) {
    List<Line> lines(ScriptItem item, TextStyle style, float size, float width, float firstIndent, LineSetter.Align align) {
        return lines(item.text(), spansWithEveryNote(item), style, size, width, firstIndent, align);
    }

    /**
     * The item's spans, plus a marker at the end of its text for each note it cites without one
     * (a quotation's source cites its note outside the quoted text), so every note is reachable.
     */
    static List<Span> spansWithEveryNote(ScriptItem item) {
        java.util.Set<String> marked = new java.util.HashSet<>();
        for (Span s : item.spans()) {
            if (s.type().equals("noteref")) {
                marked.add(s.value());
            }
        }
        List<Span> spans = new ArrayList<>(item.spans());
        int end = item.text().length();
        for (var note : item.notes()) {
            if (item.role() != org.lector.script.Role.NOTE && marked.add(note.label())) {
                spans.add(new Span("noteref", end, end, note.label()));
            }
        }
        return spans;
    }

    List<Line> lines(String text, List<Span> spans, TextStyle style, float size, float width, float firstIndent,
                     LineSetter.Align align) {
        return LineSetter.set(inline.words(text, spans, style, size), width, firstIndent, align, fonts);
    }

    /** Plain text set as one tagged run (a note's back link, say). */
    List<Line> taggedLines(String text, InlineTag tag, TextStyle style, float size, float width) {
        List<Word> words = new ArrayList<>();
        for (Word w : inline.words(text, List.of(), style, size)) {
            List<Fragment> frags = new ArrayList<>();
            for (Fragment f : w.fragments()) {
                frags.add(new Fragment(f.text(), f.face(), f.size(), f.rise(), tag, f.actualText(), f.width()));
            }
            words.add(new Word(frags, w.width(), w.spaceWidth(), w.breakAfter(), w.glued()));
        }
        return LineSetter.set(words, width, 0, LineSetter.Align.LEFT, fonts);
    }

    float size() {
        return geometry.fontSize();
    }

    float leading() {
        return geometry.leading();
    }
}
