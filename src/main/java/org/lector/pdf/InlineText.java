package org.lector.pdf;

import java.util.ArrayList;
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

    /**
     * Per character of a text, what its spans make of it: one byte of flags each (a paragraph can
     * be megabytes long), and the inline tag, kept only when some span makes one.
     */
    private static final class Marks {
        static final int ITALIC = 1;
        static final int BOLD = 2;
        static final int CODE = 4;
        static final int SMALL_CAPS = 8;
        static final int SUPER = 16;
        static final int SUB = 32;
        static final int SHIFT = SUPER | SUB;

        final byte[] flags;
        private InlineTag[] tags;

        Marks(int n) {
            flags = new byte[n];
        }

        void set(int from, int to, int flag) {
            for (int i = from; i < to; i++) {
                flags[i] |= (byte) flag;
            }
        }

        /** A super- or subscript: the later span wins, as it did when each set the shift outright. */
        void shift(int from, int to, int flag) {
            for (int i = from; i < to; i++) {
                flags[i] = (byte) ((flags[i] & ~SHIFT) | flag);
            }
        }

        boolean has(int i, int flag) {
            return (flags[i] & flag) != 0;
        }

        Shift shift(int i) {
            return has(i, SUPER) ? Shift.SUPER : has(i, SUB) ? Shift.SUB : Shift.NONE;
        }

        /** Tags [from, to) with {@code tag} where no earlier span tagged it. */
        void tag(int from, int to, InlineTag tag) {
            if (from == to) {
                return;
            }
            if (tags == null) {
                tags = new InlineTag[flags.length];
            }
            for (int i = from; i < to; i++) {
                if (tags[i] == null) {
                    tags[i] = tag;
                }
            }
        }

        InlineTag tag(int i) {
            return tags == null ? null : tags[i];
        }
    }

    Words words(String text, List<Span> spans, TextStyle style, float size) {
        int n = text.length();
        Marks m = new Marks(n);
        TreeMap<Integer, List<String>> markers = new TreeMap<>();
        // links first, then formulas, then languages: the outer tag wins where they overlap
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            switch (s.kind()) {
                case ITALIC -> m.set(from, to, Marks.ITALIC);
                case BOLD -> m.set(from, to, Marks.BOLD);
                case CODE -> m.set(from, to, Marks.CODE);
                case SMALL_CAPS -> m.set(from, to, Marks.SMALL_CAPS);
                case SUPERSCRIPT -> m.shift(from, to, Marks.SUPER);
                case SUBSCRIPT -> m.shift(from, to, Marks.SUB);
                case NOTEREF -> markers.computeIfAbsent(from, k -> new ArrayList<>()).add(s.value());
                case LINK -> {
                    String anchor = anchors.forLink(s.value());
                    if (anchor != null) {
                        m.tag(from, to, new InlineTag(InlineTag.Kind.LINK, s.value(), anchor,
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
                m.tag(from, to, new InlineTag(InlineTag.Kind.FORMULA, s.value(), null, null));
            }
        }
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            if (s.kind() == SpanKind.LANG && s.value() != null && !s.value().isBlank()) {
                m.tag(from, to, new InlineTag(InlineTag.Kind.LANG, s.value(), null, null));
            }
        }

        Builder b = new Builder(style, size, n);
        // the next marker position, walked along instead of looked up at every character
        Map.Entry<Integer, List<String>> marker = markers.firstEntry();
        for (int i = 0; i <= n; ) {
            List<String> here = null;
            if (marker != null && marker.getKey() <= i) {
                here = marker.getValue();
                marker = markers.higherEntry(marker.getKey());
            }
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
                FontSet.Face face = m.has(i, Marks.CODE) ? FontSet.Face.MONO
                        : style.face(m.has(i, Marks.BOLD), m.has(i, Marks.ITALIC));
                boolean smallCapital = m.has(i, Marks.SMALL_CAPS) && Character.isLowerCase(cp);
                Shift shift = m.shift(i);
                b.add(smallCapital ? smallCapital(face, cp) : glyphs.choose(face, cp),
                        shift.scale * (smallCapital ? SMALL_CAPS_SCALE : 1), shift.rise, m.tag(i));
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

    /** Collects characters into fragments (same face, size, rise, tag) and fragments into words. */
    private final class Builder {
        final TextStyle style;
        final float size;
        final Words words;
        FontSet.Face face;
        float scale;
        float rise;
        InlineTag tag;
        boolean replaced;
        final StringBuilder text = new StringBuilder();
        final StringBuilder actual = new StringBuilder();

        Builder(TextStyle style, float size, int chars) {
            this.style = style;
            this.size = size;
            this.words = new Words(chars);
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
            words.addFragment(text, 0, text.length(), face, fs, size * rise, tag, replaced ? actual.toString() : null,
                    glyphs.fonts().width(face, text, fs));
            text.setLength(0);
            actual.setLength(0);
        }

        void endWord(boolean forcedBreak) {
            flushFragment();
            if (words.wordOpen()) {
                words.endWord(glyphs.fonts().advance(style.regular(), ' ') * size, forcedBreak, false);
            } else if (forcedBreak && !words.isEmpty()) {
                words.breakAfterLast();
            }
        }
    }
}
