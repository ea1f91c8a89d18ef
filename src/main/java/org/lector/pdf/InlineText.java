package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lector.script.Span;

/**
 * Turns an item's text and spans into words: italic and bold choose the face, note references
 * become superscript markers (linked to their note when it is in the document), section links,
 * language runs and inline formulas become inline tags. Spaces separate words; a line break in
 * the text forces a new line.
 */
final class InlineText {
    static final float SUPERSCRIPT_SCALE = 0.62f;
    static final float SUPERSCRIPT_RISE = 0.38f;

    private final GlyphChooser glyphs;
    private final Anchors anchors;

    InlineText(GlyphChooser glyphs, Anchors anchors) {
        this.glyphs = glyphs;
        this.anchors = anchors;
    }

    List<Word> words(String text, List<Span> spans, TextStyle style, float size) {
        int n = text.length();
        boolean[] italic = new boolean[n];
        boolean[] bold = new boolean[n];
        InlineTag[] tags = new InlineTag[n];
        Map<Integer, List<String>> markers = new TreeMap<>();
        // links first, then formulas, then languages: the outer tag wins where they overlap
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            switch (s.type()) {
                case "italic" -> fill(italic, from, to);
                case "bold" -> fill(bold, from, to);
                case "noteref" -> markers.computeIfAbsent(from, k -> new ArrayList<>()).add(s.value());
                case "link" -> {
                    String anchor = anchors.forLink(s.value());
                    if (anchor != null) {
                        tag(tags, from, to, new InlineTag(InlineTag.Kind.LINK, s.value(), anchor,
                                "Go to the section " + s.value().substring(s.value().indexOf('#') + 1)));
                    }
                }
                default -> { }
            }
        }
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            if (s.type().equals("formula") && s.value() != null) {
                tag(tags, from, to, new InlineTag(InlineTag.Kind.FORMULA, s.value(), null, null));
            }
        }
        for (Span s : spans) {
            int from = Math.max(0, Math.min(n, s.start()));
            int to = Math.max(from, Math.min(n, s.end()));
            if (s.type().equals("lang") && s.value() != null && !s.value().isBlank()) {
                tag(tags, from, to, new InlineTag(InlineTag.Kind.LANG, s.value(), null, null));
            }
        }

        Builder b = new Builder(style, size);
        for (int i = 0; i <= n; ) {
            List<String> here = markers.get(i);
            if (here != null) {
                for (int k = 0; k < here.size(); k++) {
                    if (k > 0) {
                        b.addText(",", style.regular(), true, null);
                    }
                    String label = here.get(k);
                    String anchor = anchors.forNote(label);
                    b.addText(label, style.regular(), true,
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
                b.add(glyphs.choose(style.face(bold[i], italic[i]), cp), false, tags[i]);
            }
            i += Character.charCount(cp);
        }
        b.endWord(false);
        return b.words;
    }

    private static void fill(boolean[] flags, int from, int to) {
        for (int i = from; i < to; i++) {
            flags[i] = true;
        }
    }

    private static void tag(InlineTag[] tags, int from, int to, InlineTag tag) {
        for (int i = from; i < to; i++) {
            if (tags[i] == null) {
                tags[i] = tag;
            }
        }
    }

    /** Collects characters into fragments (same face, size, tag) and fragments into words. */
    private final class Builder {
        final TextStyle style;
        final float size;
        final List<Word> words = new ArrayList<>();
        final List<Fragment> current = new ArrayList<>();
        FontSet.Face face;
        boolean superscript;
        InlineTag tag;
        boolean replaced;
        StringBuilder text = new StringBuilder();
        StringBuilder actual = new StringBuilder();

        Builder(TextStyle style, float size) {
            this.style = style;
            this.size = size;
        }

        void addText(String s, FontSet.Face wanted, boolean sup, InlineTag t) {
            s.codePoints().forEach(cp -> add(glyphs.choose(wanted, cp), sup, t));
        }

        void add(GlyphChooser.Choice c, boolean sup, InlineTag t) {
            if (text.length() > 0 && (c.face() != face || sup != superscript || t != tag || c.replaced() != replaced)) {
                flushFragment();
            }
            face = c.face();
            superscript = sup;
            tag = t;
            replaced = c.replaced();
            text.appendCodePoint(c.drawn());
            actual.appendCodePoint(c.original());
        }

        void flushFragment() {
            if (text.length() == 0) {
                return;
            }
            float fs = superscript ? size * SUPERSCRIPT_SCALE : size;
            String s = text.toString();
            current.add(new Fragment(s, face, fs, superscript ? size * SUPERSCRIPT_RISE : 0, tag,
                    replaced ? actual.toString() : null, glyphs.fonts().width(face, s, fs)));
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
