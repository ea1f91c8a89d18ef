package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Decides which font draws each character: the wanted face, else its fallback, else a visible
 * replacement mark (U+FFFD, or '?' if even that is missing). Remembers every character that had
 * to be replaced, for the warning.
 */
final class GlyphChooser {
    private static final int REPLACEMENT = 0xFFFD;

    private final FontSet fonts;
    /** Missing code point → how often. */
    private final TreeMap<Integer, Integer> missing = new TreeMap<>();
    /**
     * Face → the choices made for the code points of the Basic Multilingual Plane that some font
     * has, in blocks of 256 made when first needed: asked once per character of the text, the
     * choice was an object a character.
     */
    private final Choice[][][] chosen = new Choice[FontSet.Face.values().length][][];

    GlyphChooser(FontSet fonts) {
        this.fonts = fonts;
    }

    FontSet fonts() {
        return fonts;
    }

    /** A character drawn as it is, or replaced (then {@code original} is what it stands for). */
    record Choice(FontSet.Face face, int drawn, int original) {
        boolean replaced() {
            return drawn != original;
        }
    }

    Choice choose(FontSet.Face face, int codePoint) {
        if (codePoint > 0xFFFF) {
            return decide(face, codePoint);
        }
        Choice[][] blocks = chosen[face.ordinal()];
        if (blocks == null) {
            blocks = new Choice[256][];
            chosen[face.ordinal()] = blocks;
        }
        Choice[] block = blocks[codePoint >> 8];
        if (block == null) {
            block = new Choice[256];
            blocks[codePoint >> 8] = block;
        }
        Choice c = block[codePoint & 0xFF];
        if (c == null) {
            c = decide(face, codePoint);
            if (c.replaced()) {
                return c; // not kept: every replaced character is counted for the warning
            }
            block[codePoint & 0xFF] = c;
        }
        return c;
    }

    private Choice decide(FontSet.Face face, int codePoint) {
        if (fonts.covers(face, codePoint)) {
            return new Choice(face, codePoint, codePoint);
        }
        FontSet.Face fallback = face.fallback();
        if (fonts.covers(fallback, codePoint)) {
            return new Choice(fallback, codePoint, codePoint);
        }
        missing.merge(codePoint, 1, Integer::sum);
        int mark = fonts.covers(fallback, REPLACEMENT) ? REPLACEMENT : '?';
        return new Choice(fallback, mark, codePoint);
    }

    /** True for characters that have no visible form of their own and are left out when drawing. */
    static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }

    /** One warning line for the characters no font had, or none. */
    List<String> warnings() {
        List<String> out = new ArrayList<>();
        if (missing.isEmpty()) {
            return out;
        }
        int total = missing.values().stream().mapToInt(Integer::intValue).sum();
        StringBuilder examples = new StringBuilder();
        int shown = 0;
        for (var e : missing.entrySet()) {
            if (shown++ == 8) {
                examples.append(", …");
                break;
            }
            examples.append(shown == 1 ? "" : ", ").append(String.format("U+%04X", e.getKey()))
                    .append(" '").appendCodePoint(e.getKey()).append('\'');
        }
        out.add("pdf: " + total + " characters (" + missing.size() + " different) are in none of the fonts and are printed as "
                + "the replacement mark \uFFFD (screen readers still get the real text): " + examples);
        return out;
    }
}
