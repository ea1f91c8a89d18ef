package org.lector.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The DejaVu fonts of one document, embedded as subsets: Serif for the text, Sans Bold for
 * headings, and Sans as the fallback for characters the Serif lacks (Sans covers more scripts).
 * Coverage is asked of each font's own Unicode cmap, so a character is drawn only by a font that
 * has a glyph for it.
 */
final class FontSet implements Closeable {
    enum Face {
        SERIF("DejaVuSerif.ttf"), SERIF_BOLD("DejaVuSerif-Bold.ttf"), SERIF_ITALIC("DejaVuSerif-Italic.ttf"),
        SERIF_BOLD_ITALIC("DejaVuSerif-BoldItalic.ttf"), SANS("DejaVuSans.ttf"), SANS_BOLD("DejaVuSans-Bold.ttf"),
        MONO("DejaVuSansMono.ttf");

        final String file;

        Face(String file) {
            this.file = file;
        }

        /** The face that stands in when this one lacks a glyph. */
        Face fallback() {
            return this == SERIF_BOLD || this == SERIF_BOLD_ITALIC || this == SANS_BOLD ? SANS_BOLD : SANS;
        }
    }

    static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private final PDDocument doc;
    private final Map<Face, Loaded> fonts = new EnumMap<>(Face.class);

    /**
     * A face's font and its advance widths at 1 pt: for the Basic Multilingual Plane in blocks of
     * 256 made when first needed (NaN: not yet asked), beyond it in a map.
     */
    private record Loaded(TrueTypeFont ttf, PDType0Font font, CmapLookup cmap, float[][] bmpWidths,
                          Map<Integer, Float> widths) {
    }

    FontSet(PDDocument doc) {
        this.doc = doc;
    }

    PDType0Font font(Face face) {
        return loaded(face).font();
    }

    boolean covers(Face face, int codePoint) {
        try {
            return loaded(face).cmap().getGlyphId(codePoint) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Advance width of one code point at 1 pt, cached (PDFBox re-encodes on every call). */
    float advance(Face face, int codePoint) {
        Loaded l = loaded(face);
        if (codePoint > 0xFFFF) {
            Float w = l.widths().get(codePoint);
            if (w == null) {
                w = measure(l, codePoint);
                l.widths().put(codePoint, w);
            }
            return w;
        }
        float[] block = l.bmpWidths()[codePoint >> 8];
        if (block == null) {
            block = new float[256];
            Arrays.fill(block, Float.NaN);
            l.bmpWidths()[codePoint >> 8] = block;
        }
        float w = block[codePoint & 0xFF];
        if (Float.isNaN(w)) {
            w = measure(l, codePoint);
            block[codePoint & 0xFF] = w;
        }
        return w;
    }

    private static float measure(Loaded l, int codePoint) {
        try {
            return l.font().getStringWidth(new String(Character.toChars(codePoint))) / 1000f;
        } catch (IOException | IllegalArgumentException e) {
            return 0f;
        }
    }

    float width(Face face, CharSequence text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            w += advance(face, cp);
            i += Character.charCount(cp);
        }
        return w * size;
    }

    private Loaded loaded(Face face) {
        Loaded l = fonts.get(face);
        if (l == null) {
            l = load(face);
            fonts.put(face, l);
        }
        return l;
    }

    private Loaded load(Face f) {
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontBytes.of(f.file)));
            // the TrueTypeFont stays open until the document is saved: PDFBox subsets it then
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            return new Loaded(ttf, font, ttf.getUnicodeCmapLookup(), new float[256][], new HashMap<>());
        } catch (IOException e) {
            throw new IllegalStateException("cannot load font " + f.file, e);
        }
    }

    @Override
    public void close() throws IOException {
        for (Loaded l : fonts.values()) {
            l.ttf().close();
        }
    }
}
