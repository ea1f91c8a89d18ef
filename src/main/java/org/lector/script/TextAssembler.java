package org.lector.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.document.Code;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.LineBreak;
import org.lector.document.Link;
import org.lector.document.MathInline;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.PlainText;
import org.lector.document.SmallCaps;
import org.lector.document.Subscript;
import org.lector.document.Superscript;
import org.lector.document.Text;

/**
 * Turns inline content into an item's print text with spans and the notes it refers to.
 * Whitespace is collapsed; a space left before punctuation or inside brackets by a dropped
 * template is removed, so "word {{cn}}." reads "word.".
 */
final class TextAssembler {
    private final StringBuilder text = new StringBuilder();
    private final List<Span> spans = new ArrayList<>();
    private final Map<Note, NoteText> notes = new LinkedHashMap<>();
    private final NoteTexts noteTexts;
    private boolean pendingSpace;

    TextAssembler(NoteTexts noteTexts) {
        this.noteTexts = noteTexts;
    }

    TextAssembler add(List<Inline> inlines) {
        for (Inline in : inlines) {
            add(in);
        }
        return this;
    }

    TextAssembler addText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = text.length() > 0;
            } else {
                // ".NET", ".be", ".22 calibre": a dot that starts a word keeps the space before it
                // (an initial's dot mistyped apart, "H .E.", does not)
                boolean startsWord = c == '.' && i + 2 < s.length() && Character.isLetterOrDigit(s.charAt(i + 1))
                        && Character.isLetterOrDigit(s.charAt(i + 2));
                if (pendingSpace && !(isClosingPunctuation(c) && !startsWord || endsWithOpening())) {
                    text.append(' ');
                }
                pendingSpace = false;
                text.append(c);
            }
        }
        return this;
    }

    private static boolean isClosingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']';
    }

    private boolean endsWithOpening() {
        if (text.length() == 0) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return last == '(' || last == '[' || last == '\n';
    }

    private void add(Inline in) {
        if (in instanceof Text t) {
            addText(PlainText.withoutMarkupLookalikes(t.value()));
        } else if (in instanceof Emphasis e) {
            spanned(e.style() == Emphasis.Style.ITALIC ? SpanKind.ITALIC : SpanKind.BOLD, null, e.children());
        } else if (in instanceof Link l) {
            spanned(SpanKind.LINK, l.target(), l.label());
        } else if (in instanceof LangSpan s) {
            spanned(SpanKind.LANG, s.lang(), s.children());
        } else if (in instanceof Superscript s) {
            spanned(SpanKind.SUPERSCRIPT, null, s.children());
        } else if (in instanceof Subscript s) {
            spanned(SpanKind.SUBSCRIPT, null, s.children());
        } else if (in instanceof SmallCaps s) {
            spanned(SpanKind.SMALL_CAPS, null, s.children());
        } else if (in instanceof Code c) {
            spanned(SpanKind.CODE, null, c.children());
        } else if (in instanceof MathInline m) {
            int start = startSpan();
            addText(m.tex());
            endSpan(SpanKind.FORMULA, start, m.tex());
        } else if (in instanceof LineBreak) {
            pendingSpace = false;
            if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
                text.append('\n');
            }
        } else if (in instanceof NoteRef r) {
            NoteText nt = noteTexts.of(r.note());
            notes.putIfAbsent(r.note(), nt);
            spans.add(new Span(SpanKind.NOTEREF, text.length(), text.length(), nt.label()));
        } else {
            throw new IllegalStateException("no script form for inline " + in.getClass().getSimpleName());
        }
    }

    private void spanned(SpanKind kind, String value, List<Inline> children) {
        int start = startSpan();
        add(children);
        endSpan(kind, start, value);
    }

    /** Starts a span after any pending space, so spans never begin with one. */
    private int startSpan() {
        if (pendingSpace && !endsWithOpening()) {
            text.append(' ');
        }
        pendingSpace = false;
        return text.length();
    }

    private void endSpan(SpanKind kind, int start, String value) {
        if (text.length() > start) {
            spans.add(new Span(kind, start, text.length(), value));
        }
    }

    String text() {
        settleUnknownValues();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    List<Span> spans() {
        int len = text().length();
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(s.end() > len ? new Span(s.kind(), Math.min(s.start(), len), len, s.value()) : s);
        }
        return out;
    }

    /**
     * Removes what a template could not compute ({@link org.lector.document.Text#UNKNOWN}, e.g.
     * an inflation-adjusted amount): with the parenthesis around it when there is one, since
     * "(equivalent to $ million in)" tells a reader nothing.
     */
    private void settleUnknownValues() {
        int marker;
        while ((marker = text.indexOf(String.valueOf(Text.UNKNOWN))) >= 0) {
            int open = text.lastIndexOf("(", marker);
            int closeBetween = open < 0 ? -1 : text.indexOf(")", open);
            int from = marker;
            int to = marker + 1;
            if (open >= 0 && closeBetween > marker) {
                from = open > 0 && text.charAt(open - 1) == ' ' ? open - 1 : open;
                to = closeBetween + 1;
            }
            cut(from, to);
        }
    }

    private void cut(int from, int to) {
        int length = to - from;
        text.delete(from, to);
        for (int k = 0; k < spans.size(); k++) {
            Span sp = spans.get(k);
            int start = sp.start() >= to ? sp.start() - length : Math.min(sp.start(), from);
            int end = sp.end() >= to ? sp.end() - length : Math.min(sp.end(), from);
            spans.set(k, new Span(sp.kind(), start, end, sp.value()));
        }
        spans.removeIf(sp -> sp.end() == sp.start() && sp.kind() != SpanKind.NOTEREF);
    }

    List<NoteText> notes() {
        return List.copyOf(notes.values());
    }
}
