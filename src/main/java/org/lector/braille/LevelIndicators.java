package org.lector.braille;

import java.util.ArrayList;
import java.util.List;

/**
 * UEB level indicators for superscript and subscript print (Rules of UEB 3.24 and 11.4): the
 * superscript indicator ⠔ (dots 35) or the subscript indicator ⠢ (dots 26) before the item raised
 * or lowered. An indicator covers one item: one symbol, one whole number or one bracketed
 * expression; anything longer is enclosed in the braille grouping indicators ⠣ … ⠜. In contracted
 * braille these cells also read as "in", "en", "gh" and "ar", so each takes the grade 1 indicator
 * ⠰ unless grade 1 mode is already set by a number earlier in the symbols-sequence (the 15 of
 * 10<sup>15</sup> needs none, the 2 of km<sup>2</sup> does).
 *
 * <p>liblouis has no typeform for levels, so the print goes to liblouis with a mark before each
 * item: U+F321 or U+F320, which the UEB tables (en-ueb-math.ctb) translate as a level indicator
 * and an opening grouping indicator. liblouis then restates the numeric indicator after it and
 * joins no contraction across it; afterwards the mark's cells are replaced by the indicators the
 * item needs, and the closing grouping indicator is put after the item's last cell.
 */
final class LevelIndicators {
    static final char SUPERSCRIPT_MARK = '\uf321';
    static final char SUBSCRIPT_MARK = '\uf320';
    /** What the UEB tables make of each mark. */
    static final String SUPERSCRIPT_MARK_CELLS = "⠔⠣";
    static final String SUBSCRIPT_MARK_CELLS = "⠢⠣";
    private static final String GRADE_1 = "⠰";
    private static final String GROUP_OPEN = "⠣";
    private static final String GROUP_CLOSE = "⠜";

    /** One raised or lowered item: its mark's place in the marked text and the end of its characters there. */
    private record Item(int mark, int end, boolean superscript, boolean grouped, boolean grade1Before, boolean grade1AtEnd) {
    }

    /** The print with a mark before each item, and the items. */
    private final PrintText marked;
    private final List<Item> items;

    private LevelIndicators(PrintText marked, List<Item> items) {
        this.marked = marked;
        this.items = items;
    }

    /**
     * Marks every item of {@code text}: each unbroken run of non-space characters with the same
     * level. {@code contracted} tells whether the table list contracts (and so needs grade 1
     * indicators before the level and grouping cells).
     */
    static LevelIndicators mark(PrintText text, boolean contracted) {
        String print = text.text();
        PrintText.Builder out = new PrintText.Builder();
        List<Item> items = new ArrayList<>();
        int i = 0;
        while (i < print.length()) {
            int level = level(text, i);
            int end = i + 1;
            while (end < print.length() && level(text, end) == level) {
                end++;
            }
            if (level == 0) {
                out.append(text, i, end);
                i = end;
                continue;
            }
            int mark = out.length();
            boolean superscript = level == PrintStyle.SUPERSCRIPT.bit();
            // the mark takes only emphasis running across it, so an italic word stays one word and
            // the emphasis of an item alone begins after its level indicator
            int levels = PrintStyle.SUPERSCRIPT.bit() | PrintStyle.SUBSCRIPT.bit();
            out.append(String.valueOf(superscript ? SUPERSCRIPT_MARK : SUBSCRIPT_MARK),
                    (i > 0 ? text.styleBitsAt(i - 1) : 0) & text.styleBitsAt(i) & ~levels);
            out.append(text, i, end);
            items.add(new Item(mark, out.length(), superscript, !isOneItem(print.substring(i, end)),
                    !contracted || inGrade1Mode(print, i), !contracted || inGrade1Mode(print, end)));
            i = end;
        }
        return new LevelIndicators(out.build(), items);
    }

    /** The level bit of a character (superscript first, should print nest them), 0 on the line or at a space. */
    private static int level(PrintText text, int i) {
        if (Character.isWhitespace(text.text().charAt(i))) {
            return 0;
        }
        int bits = text.styleBitsAt(i);
        if ((bits & PrintStyle.SUPERSCRIPT.bit()) != 0) {
            return PrintStyle.SUPERSCRIPT.bit();
        }
        return bits & PrintStyle.SUBSCRIPT.bit();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    int size() {
        return items.size();
    }

    PrintText text() {
        return marked;
    }

    /**
     * The braille of {@link #text()} with the marks' cells replaced by the level (and grouping)
     * indicators; {@code source} gives, for each cell, the index of the character it came from.
     */
    String indicate(String braille, int[] source) {
        StringBuilder out = new StringBuilder(braille.length() + 4 * items.size());
        int next = 0;
        Item open = null;
        for (int j = 0; j < braille.length(); j++) {
            int from = source[j];
            if (open != null && from >= open.end()) {
                out.append(closing(open));
                open = null;
            }
            while (next < items.size() && items.get(next).mark() < from) {
                next++; // a mark liblouis left no cell for: its item stays on the line
            }
            if (next < items.size() && items.get(next).mark() == from) {
                Item item = items.get(next++);
                int k = j;
                while (k < braille.length() && source[k] == from) {
                    k++;
                }
                String cells = braille.substring(j, k);
                String markCells = item.superscript() ? SUPERSCRIPT_MARK_CELLS : SUBSCRIPT_MARK_CELLS;
                out.append(cells.replace(markCells, opening(item)));
                if (item.grouped()) {
                    open = item;
                }
                j = k - 1;
                continue;
            }
            out.append(braille.charAt(j));
        }
        if (open != null) {
            out.append(closing(open));
        }
        return out.toString();
    }

    private String opening(Item item) {
        String grade1 = item.grade1Before() ? "" : GRADE_1;
        return grade1 + (item.superscript() ? "⠔" : "⠢") + (item.grouped() ? grade1 + GROUP_OPEN : "");
    }

    private String closing(Item item) {
        return (item.grade1AtEnd() ? "" : GRADE_1) + GROUP_CLOSE;
    }

    /** One item for a level indicator (UEB 11.4.1): a single symbol, one number, or one bracketed expression. */
    static boolean isOneItem(String s) {
        if (s.codePointCount(0, s.length()) == 1 || s.matches("[0-9]+(?:[.,][0-9]+)*")) {
            return true;
        }
        int close = "([{".indexOf(s.charAt(0));
        if (close < 0 || s.charAt(s.length() - 1) != ")]}".charAt(close)) {
            return false;
        }
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == s.charAt(0)) {
                depth++;
            } else if (c == s.charAt(s.length() - 1)) {
                depth--;
                if (depth == 0 && i < s.length() - 1) {
                    return false; // "(a)(b)": the first bracket closes before the end
                }
            }
        }
        return depth == 0;
    }

    /**
     * Whether grade 1 mode holds at {@code at}: a digit earlier in the same symbols-sequence set it
     * (with its numeric indicator), and no hyphen or dash has ended it since (UEB 5.2, 6.5).
     */
    static boolean inGrade1Mode(String print, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = print.charAt(i);
            if (Character.isWhitespace(c) || c == '-' || Character.getType(c) == Character.DASH_PUNCTUATION) {
                return false;
            }
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
