package org.lector.pdf;

/**
 * How the PDF is set: paper size, body font size in points, and the name written as the
 * document's creator (dc:creator, the Info dictionary's Author).
 */
public record PdfOptions(Paper paper, float fontSize, String creator) {
    public static final float MIN_FONT_SIZE = 6;
    public static final float MAX_FONT_SIZE = 24;

    public PdfOptions {
        if (fontSize < MIN_FONT_SIZE || fontSize > MAX_FONT_SIZE) {
            throw new IllegalArgumentException("font size " + fontSize + " is outside " + MIN_FONT_SIZE + "–" + MAX_FONT_SIZE + " pt");
        }
    }

    public static PdfOptions defaults() {
        return new PdfOptions(Paper.A4, 10.5f, "Wikipedia contributors");
    }

    /** Paper sizes in points (1/72 inch). */
    public enum Paper {
        A4(595.28f, 841.89f), LETTER(612f, 792f);

        final float width;
        final float height;

        Paper(float width, float height) {
            this.width = width;
            this.height = height;
        }
    }
}
