package org.lector.pdf;

import java.util.List;

/**
 * One set line: its pieces with their x offsets from the line's start. A piece's text may end
 * with the space that follows its word, so the space is in the content (text extraction and
 * screen readers see word boundaries) while the position of each word stays exact.
 */
record Line(List<Piece> pieces, float width) {
    Line {
        pieces = List.copyOf(pieces);
    }

    record Piece(Fragment fragment, String text, String actualText, float x) {
    }
}
