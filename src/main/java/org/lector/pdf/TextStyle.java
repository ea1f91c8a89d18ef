package org.lector.pdf;

/** The four faces a run of text can take, by weight and slant, for one kind of block. */
record TextStyle(FontSet.Face regular, FontSet.Face bold, FontSet.Face italic, FontSet.Face boldItalic) {
    static final TextStyle SERIF = new TextStyle(FontSet.Face.SERIF, FontSet.Face.SERIF_BOLD,
            FontSet.Face.SERIF_ITALIC, FontSet.Face.SERIF_BOLD_ITALIC);
    /** Headings: bold sans whatever the spans say, as a book sets them. */
    static final TextStyle HEADING = new TextStyle(FontSet.Face.SANS_BOLD, FontSet.Face.SANS_BOLD,
            FontSet.Face.SANS_BOLD, FontSet.Face.SANS_BOLD);
    /** Italic text (hatnotes, captions), where an italic span turns upright to stand out. */
    static final TextStyle SERIF_ITALIC = new TextStyle(FontSet.Face.SERIF_ITALIC, FontSet.Face.SERIF_BOLD_ITALIC,
            FontSet.Face.SERIF, FontSet.Face.SERIF_BOLD);
    static final TextStyle SERIF_BOLD = new TextStyle(FontSet.Face.SERIF_BOLD, FontSet.Face.SERIF_BOLD,
            FontSet.Face.SERIF_BOLD_ITALIC, FontSet.Face.SERIF_BOLD_ITALIC);

    FontSet.Face face(boolean isBold, boolean isItalic) {
        return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
    }
}
