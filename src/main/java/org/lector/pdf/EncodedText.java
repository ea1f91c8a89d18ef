package org.lector.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;

/**
 * Shows text in a page's content stream as PDFBox encodes it, remembering the encoding of each
 * text in each face. PDFBox runs its glyph substitution (ligatures) afresh for every showText,
 * compiling regular expressions each time; per word of a long article that was most of the PDF
 * stage's time and nearly all of its allocation. Words repeat, so each distinct one is encoded
 * once, by PDFBox itself, in a scratch content stream whose bytes are kept; the page then gets
 * exactly the bytes showText would have written, and the font's subset already holds the glyphs.
 */
final class EncodedText {
    /** Distinct texts remembered per face before starting afresh, which bounds the memory held. */
    private static final int CAPACITY = 1 << 14;

    private final FontSet fonts;
    private final ByteArrayOutputStream scratchBytes = new ByteArrayOutputStream();
    private final PDPageContentStream scratch;
    private final Map<FontSet.Face, Map<String, byte[]>> shown = new EnumMap<>(FontSet.Face.class);
    private FontSet.Face scratchFace;

    EncodedText(PDDocument doc, FontSet fonts) throws IOException {
        this.fonts = fonts;
        // a form that is never saved: only its content stream is used, to encode
        PDAppearanceStream form = new PDAppearanceStream(new COSStream());
        form.setResources(new PDResources());
        this.scratch = new PDPageContentStream(doc, form, scratchBytes);
        scratch.beginText();
    }

    /**
     * Shows {@code text} (the string and its Tj operator) in {@code cs}, whose current font must
     * be {@code face}'s: the same bytes as {@code cs.showText(text)}.
     */
    @SuppressWarnings("deprecation") // appendRawCommands: the one way to write bytes PDFBox encoded elsewhere
    void show(PDPageContentStream cs, FontSet.Face face, String text) throws IOException {
        Map<String, byte[]> known = shown.computeIfAbsent(face, f -> new HashMap<>());
        byte[] bytes = known.get(text);
        if (bytes == null) {
            bytes = encode(face, text);
            if (known.size() == CAPACITY) {
                known.clear();
            }
            known.put(text, bytes);
        }
        cs.appendRawCommands(bytes);
    }

    /** PDFBox's own showText into the scratch stream: the glyphs join the font's subset there. */
    private byte[] encode(FontSet.Face face, String text) throws IOException {
        if (face != scratchFace) {
            scratch.setFont(fonts.font(face), 1);
            scratchFace = face;
        }
        scratchBytes.reset();
        scratch.showText(text);
        byte[] bytes = scratchBytes.toByteArray();
        scratchBytes.reset();
        return bytes;
    }
}
