package org.lector.braille;

/**
 * Where a block's lines go on the braille page, in BANA <i>Braille Formats</i> terms. Indents
 * count blank cells before the text (cell 3 is an indent of 2). {@code blankBefore} and
 * {@code blankAfter} are blank lines around the block (never at the top of a page, and two
 * neighbouring requests give one blank line, not two). {@code keepWithNext} keeps a heading off
 * the bottom of a page: it moves to the next page unless its lines and one line after it fit.
 */
public record BlockFormat(int firstIndent, int runoverIndent, boolean centred, int blankBefore, int blankAfter,
                          boolean keepWithNext) {

    /** The article title: centred, a blank line after it. */
    public static BlockFormat title() {
        return new BlockFormat(0, 0, true, 0, 1, true);
    }

    /**
     * Headings by level: the top level (1 and 2) centred with a blank line before and after, level
     * 3 in cell 5 after a blank line, deeper levels in cell 7.
     */
    public static BlockFormat heading(int level) {
        if (level <= 2) {
            return new BlockFormat(0, 0, true, 1, 1, true);
        }
        if (level == 3) {
            return new BlockFormat(4, 4, false, 1, 0, true);
        }
        return new BlockFormat(6, 6, false, 0, 0, true);
    }

    /** A paragraph: first line in cell 3, runover in cell 1. */
    public static BlockFormat paragraph() {
        return new BlockFormat(2, 0, false, 0, 0, false);
    }

    /** A list item at nesting depth {@code level} (1 = top): cell 1, runover cell 3, two cells deeper per level. */
    public static BlockFormat listItem(int level) {
        int depth = 2 * Math.max(0, level - 1);
        return new BlockFormat(depth, depth + 2, false, 0, 0, false);
    }

    /** A transcriber's note on lines of its own: cell 7, runover cell 5. */
    public static BlockFormat transcribersNote() {
        return new BlockFormat(6, 4, false, 0, 0, false);
    }

    /** Displayed material (a quotation): a blank line before and after, paragraph indents. */
    public static BlockFormat displayed() {
        return new BlockFormat(2, 0, false, 1, 1, false);
    }

    /** The first entry of a table row in listed format: cell 1, runover cell 5. */
    public static BlockFormat tableRowStart() {
        return new BlockFormat(0, 4, false, 0, 0, false);
    }

    /** The other entries of a table row in listed format: cell 3, runover cell 5. */
    public static BlockFormat tableRowEntry() {
        return new BlockFormat(2, 4, false, 0, 0, false);
    }

    public BlockFormat withBlankBefore(int lines) {
        return new BlockFormat(firstIndent, runoverIndent, centred, lines, blankAfter, keepWithNext);
    }

    public BlockFormat withBlankAfter(int lines) {
        return new BlockFormat(firstIndent, runoverIndent, centred, blankBefore, lines, keepWithNext);
    }
}
