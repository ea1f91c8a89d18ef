package org.lector.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * Turns a block's text and spans into words: italic and bold choose the face, code the
 * monospaced one; superscripts and subscripts are set smaller, raised or lowered, and so are
 * note references, as markers linked to their note when it is in the document; small capitals
 * are capitals set smaller (the real letters stay in the content as ActualText); section links,
 * language runs and inline formulas become inline tags. Spaces separate words; a line break in
 * the text forces a new line.
 */
final class InlineText {
    /** Where a run sits against the baseline: its size and its shift, as fractions of the surrounding size. */
    private enum Shift {
        NONE(1, 0), SUPER(0.7f, 0.33f), SUB(0.7f, -0.15f);

        final float scale;
        final float rise;

        Shift(float scale, float rise) {
            this.scale = scale;
            this.rise = rise;
        }
    }

    /** Small capitals: capitals at this fraction of the size, about the height of the lowercase letters. */
    private static final float SMALL_CAPS_SCALE = 0.8f;

    private final GlyphChooser glyphs;
    private final Anchors anchors;

    InlineText(GlyphChooser glyphs, Anchors anchors) {
        this.glyphs = glyphs;
        this.anchors = anchors;
    }

    /** Per character of a text, what its spans make of it. */
    private static final class Marks {
        final boolean[] italic;
        final boolean[] bold;
        final boolean[] code;
        final boolean[] smallCaps;
        final Shift[] shift;
        final InlineTag[] tags;

        Marks(int n) {
            italic = new boolean[n];
            bold = new boolean[n];
            code = new boolean[n];
            smallCaps = new boolean[n];
            shift = new Shift[n];
            Arrays.fill(shift, Shift.NONE);
            tags = new InlineTag[n];
        }
    }

    List<Word> words(String text, List<Span> spans, TextStyle style, float size) {
        int n = text.length();
        Marks m = new Marks(n);
        Map<Integer, List<String>> markers = new TreeMap<>();
        // links first, then formulas, then languages: the outer tag wins where they overlap
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            switch (s.kind()) {
                case ITALIC -> Arrays.fill(m.italic, from, to, true);
                case BOLD -> Arrays.fill(m.bold, from, to, true);
                case CODE -> Arrays.fill(m.code, from, to, true);
                case SMALL_CAPS -> Arrays.fill(m.smallCaps, from, to, true);
                case SUPERSCRIPT -> Arrays.fill(m.shift, from, to, Shift.SUPER);
                case SUBSCRIPT -> Arrays.fill(m.shift, from, to, Shift.SUB);
                case NOTEREF -> markers.computeIfAbsent(from, k -> new ArrayList<>()).add(s.value());
                case LINK -> {
                    String anchor = anchors.forLink(s.value());
                    if (anchor != null) {
                        tag(m.tags, from, to, new InlineTag(InlineTag.Kind.LINK, s.value(), anchor,
                                "Go to the section " + s.value().substring(s.value().indexOf('#') + 1)));
                    }
                }
                case FORMULA, LANG -> { }
            }
        }
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            if (s.kind() == SpanKind.FORMULA && s.value() != null) {
                tag(m.tags, from, to, new InlineTag(InlineTag.Kind.FORMULA, s.value(), null, null));
            }
        }
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            if (s.kind() == SpanKind.LANG && s.value() != null && !s.value().isBlank()) {
                tag(m.tags, from, to, new InlineTag(InlineTag.Kind.LANG, s.value(), null, null));
            }
        }

        Builder b = new Builder(style, size);
        for (int i = 0; i <= n; ) {
            List<String> here = markers.get(i);
            if (here != null) {
                for (int k = 0; k < here.size(); k++) {
                    if (k > 0) {
                        b.addText(",", style.regular(), null);
                    }
                    String label = here.get(k);
                    String anchor = anchors.forNote(label);
                    b.addText(label, style.regular(),
                            anchor == null ? null : new InlineTag(InlineTag.Kind.NOTE_REF, label, anchor, "Note " + label));
                }
            }
            if (i == n) {
                break;
            }
            int cp = text.codePointAt(i);
            if (cp == ' ' || cp == '\t') {
                b.endWord(false);
            } else if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029) {
                b.endWord(true);
            } else if (!GlyphChooser.invisible(cp)) {
                FontSet.Face face = m.code[i] ? FontSet.Face.MONO : style.face(m.bold[i], m.italic[i]);
                boolean smallCapital = m.smallCaps[i] && Character.isLowerCase(cp);
                b.add(smallCapital ? smallCapital(face, cp) : glyphs.choose(face, cp),
                        m.shift[i].scale * (smallCapital ? SMALL_CAPS_SCALE : 1), m.shift[i].rise, m.tags[i]);
            }
            i += Character.charCount(cp);
        }
        b.endWord(false);
        return b.words;
    }

    /** The capital drawn for a lowercase letter, standing for the letter itself. */
    private GlyphChooser.Choice smallCapital(FontSet.Face face, int cp) {
        GlyphChooser.Choice capital = glyphs.choose(face, Character.toUpperCase(cp));
        return new GlyphChooser.Choice(capital.face(), capital.drawn(), cp);
    }

    private static void tag(InlineTag[] tags, int from, int to, InlineTag tag) {
        for (int i = from; i < to; i++) {
            if (tags[i] == null) {
                tags[i] = tag;
            }
        }
    }

    /** Collects characters into fragments (same face, size, rise, tag) and fragments into words. */
    private final class Builder {
        final TextStyle style;
        final float size;
        final List<Word> words = new ArrayList<>();
        final List<Fragment> current = new ArrayList<>();
        FontSet.Face face;
        float scale;
        float rise;
        InlineTag tag;
        boolean replaced;
        StringBuilder text = new StringBuilder();
        StringBuilder actual = new StringBuilder();

        Builder(TextStyle style, float size) {
            this.style = style;
            this.size = size;
        }

        /** A note marker (or the comma between two), set as a superscript. */
        void addText(String s, FontSet.Face wanted, InlineTag t) {
            s.codePoints().forEach(cp -> add(glyphs.choose(wanted, cp), Shift.SUPER.scale, Shift.SUPER.rise, t));
        }

        void add(GlyphChooser.Choice c, float charScale, float charRise, InlineTag t) {
            if (text.length() > 0 && (c.face() != face || charScale != scale || charRise != rise || t != tag
                    || c.replaced() != replaced)) {
                flushFragment();
            }
            face = c.face();
            scale = charScale;
            rise = charRise;
            tag = t;
            replaced = c.replaced();
            text.appendCodePoint(c.drawn());
            actual.appendCodePoint(c.original());
        }

        void flushFragment() {
            if (text.length() == 0) {
                return;
            }
            float fs = size * scale;
            String s = text.toString();
            current.add(new Fragment(s, face, fs, size * rise, tag, replaced ? actual.toString() : null,
                    glyphs.fonts().width(face, s, fs)));
            text = new StringBuilder();
            actual = new StringBuilder();
        }

        void endWord(boolean forcedBreak) {
            flushFragment();
            if (!current.isEmpty()) {
                words.add(Word.of(current, glyphs.fonts().advance(style.regular(), ' ') * size, forcedBreak, false));
                current.clear();
            } else if (forcedBreak && !words.isEmpty()) {
                Word last = words.remove(words.size() - 1);
                words.add(new Word(last.fragments(), last.width(), last.spaceWidth(), true, last.glued()));
            }
        }
    }
}
