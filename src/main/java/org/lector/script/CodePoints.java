package org.lector.script;

import java.util.Arrays;

/**
 * Offsets into one text in both counts: UTF-16 units, as Java strings index, and Unicode code
 * points, as script.jsonl writes them. A text with no character outside the Basic Multilingual
 * Plane (nearly all of them) counts the same both ways and needs no work; for the others the
 * conversion is a table lookup, so a paragraph with thousands of spans is not counted again
 * from its start for each one.
 */
final class CodePoints {
    private final String text;
    /** For each code point offset, its UTF-16 offset (one more entry for the end); null when they are equal. */
    private final int[] utf16ByCodePoint;
    private final int length;

    CodePoints(String text) {
        this.text = text;
        this.length = text.codePointCount(0, text.length());
        if (length == text.length()) {
            utf16ByCodePoint = null;
        } else {
            utf16ByCodePoint = new int[length + 1];
            int at = 0;
            for (int k = 0; k < length; k++) {
                utf16ByCodePoint[k] = at;
                at += Character.charCount(text.codePointAt(at));
            }
            utf16ByCodePoint[length] = at;
        }
    }

    /** The text's length in code points. */
    int length() {
        return length;
    }

    /** The UTF-16 offset of a code point offset between 0 and {@link #length()}. */
    int utf16(int codePoint) {
        return utf16ByCodePoint == null ? codePoint : utf16ByCodePoint[codePoint];
    }

    /** Whether a UTF-16 offset falls between the two halves of a surrogate pair. */
    boolean splitsPair(int utf16) {
        return utf16 > 0 && utf16 < text.length() && Character.isSurrogatePair(text.charAt(utf16 - 1), text.charAt(utf16));
    }

    /** The code point offset of a UTF-16 offset that does not split a pair. */
    int codePoint(int utf16) {
        if (utf16ByCodePoint == null) {
            return utf16;
        }
        return Arrays.binarySearch(utf16ByCodePoint, utf16);
    }
}
