package org.lector.pdf;

/**
 * The page and its text block. Margins are generous (a measure of about 70 characters at the
 * default size, the range book designers keep to for comfortable reading); running heads and
 * page numbers sit in the top and bottom margins.
 */
record Geometry(float pageWidth, float pageHeight, float left, float textWidth, float top, float bottom,
                float fontSize, float leading) {
    static Geometry of(PdfOptions options) {
        float w = options.paper().width;
        float h = options.paper().height;
        float size = options.fontSize();
        // the margins grow a little with the type, so large print keeps a readable measure
        float side = Math.min(w * 0.16f, 72 + (size - 10.5f) * 2);
        float topMargin = 72;
        float bottomMargin = 72;
        return new Geometry(w, h, side, w - 2 * side, h - topMargin, bottomMargin, size, size * 1.4f);
    }

    float right() {
        return left + textWidth;
    }

    float textHeight() {
        return top - bottom;
    }
}
