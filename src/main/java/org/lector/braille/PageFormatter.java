package org.lector.braille;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays translated blocks out on braille pages as BANA <i>Braille Formats</i> asks: lines filled
 * word by word and never broken inside a word (a word longer than a whole line is the one
 * exception: it is cut, and counted in {@link Result#hardBreaks()}), indents and centring from
 * each block's {@link BlockFormat}, no blank line at the top of a page, headings kept with what
 * follows, and the braille page number at the right of the last line with at least three blank
 * cells before it. It works on braille already translated, so it needs no translation table.
 */
public final class PageFormatter {
    /** Blank cells required between text and the page number on the last line. */
    static final int GAP_BEFORE_PAGE_NUMBER = 3;
    /** Blank cells kept at each side of a centred line. */
    static final int CENTRED_MARGIN = 3;
    private static final char BLANK = '\u2800';
    /** UEB closing square bracket (dots 46, 345), slash (456, 34) and hyphen (36): preferred places to cut an over-long word. */
    private static final List<String> CUT_AFTER = List.of("\u2828\u281C", "\u2838\u280C", "\u2824");

    private final int cells;
    private final int lines;

    public PageFormatter(int cells, int lines) {
        if (cells < 12 || lines < 3) {
            throw new IllegalArgumentException("a braille page needs at least 12 cells and 3 lines, not " + cells + "×" + lines);
        }
        this.cells = cells;
        this.lines = lines;
    }

    /** The pages, and how many words were too long for a line and had to be cut. */
    public record Result(List<BraillePage> pages, int hardBreaks) {
        public Result {
            pages = List.copyOf(pages);
        }
    }

    public Result format(List<BrailleBlock> blocks) {
        Layout layout = new Layout();
        for (BrailleBlock block : blocks) {
            if (!block.words().isEmpty()) {
                layout.add(block);
            }
        }
        return layout.finish();
    }

    /** The running state of one layout: finished pages, the page being filled, pending blank lines. */
    private final class Layout {
        private final List<BraillePage> pages = new ArrayList<>();
        private final List<String> page = new ArrayList<>();
        private int pendingBlank;
        private int hardBreaks;

        void add(BrailleBlock block) {
            BlockFormat f = block.format();
            int blank = Math.max(pendingBlank, f.blankBefore());
            if (f.keepWithNext() && !page.isEmpty()) {
                int needed = blank + linesOf(block) + Math.max(f.blankAfter(), 0) + 1;
                if (page.size() + needed > lines) {
                    newPage();
                }
            }
            for (int i = 0; i < blank && !page.isEmpty(); i++) {
                addLine("");
            }
            pendingBlank = 0;
            lay(block, true);
            pendingBlank = f.blankAfter();
        }

        /** How many lines the block takes on full-width lines (used only to keep headings with what follows). */
        private int linesOf(BrailleBlock block) {
            return breakLines(block, false).size();
        }

        private void lay(BrailleBlock block, boolean emit) {
            for (String line : breakLines(block, emit)) {
                addLine(line);
            }
        }

        /**
         * Greedy line filling. The width of each line depends on where it falls: the last line of a
         * page leaves room for the page number. When {@code counting} is false the lines are only
         * measured, as if they started at the current position.
         */
        private List<String> breakLines(BrailleBlock block, boolean counting) {
            BlockFormat f = block.format();
            List<String> out = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int indent = f.firstIndent();
            int position = page.size();
            for (String word : block.words()) {
                int at = 0; // the word's cells before this are placed (an index, not a copy of the rest: words can be megabytes)
                while (at < word.length()) {
                    int rest = word.length() - at;
                    int width = usableWidth(position + out.size(), f) - indent;
                    int needed = (line.length() == 0 ? 0 : 1) + rest;
                    if (line.length() + needed <= width) {
                        if (line.length() > 0) {
                            line.append(BLANK);
                        }
                        line.append(word, at, word.length());
                        at = word.length();
                    } else if (line.length() > 0) {
                        out.add(place(line.toString(), indent, f, position + out.size()));
                        line.setLength(0);
                        indent = f.runoverIndent();
                    } else if (rest <= fullWidth(f) - indent && lineIndex(position + out.size()) == lines - 1) {
                        // too long only for the page number's line: that line stays blank, the word starts the next page
                        out.add("");
                    } else {
                        // a word longer than a whole line: the only place a word is cut
                        int take = cutPoint(word, at, Math.max(1, width));
                        out.add(place(word.substring(at, at + take), indent, f, position + out.size()));
                        at += take;
                        indent = f.runoverIndent();
                        if (counting) {
                            hardBreaks++;
                        }
                    }
                }
            }
            if (line.length() > 0) {
                out.add(place(line.toString(), indent, f, position + out.size()));
            }
            return out;
        }

        /** Cells a line may use: the whole width, less the page number on the last line, less margins when centred. */
        private int usableWidth(int position, BlockFormat f) {
            int width = lineIndex(position) == lines - 1 ? cells - GAP_BEFORE_PAGE_NUMBER - numberWidth(position) : cells;
            return f.centred() ? width - 2 * CENTRED_MARGIN : width;
        }

        private int fullWidth(BlockFormat f) {
            return f.centred() ? cells - 2 * CENTRED_MARGIN : cells;
        }

        private int lineIndex(int position) {
            return position % lines;
        }

        private String place(String text, int indent, BlockFormat f, int position) {
            if (f.centred()) {
                int width = lineIndex(position) == lines - 1 ? cells - GAP_BEFORE_PAGE_NUMBER - numberWidth(position) : cells;
                int left = Math.max(CENTRED_MARGIN, (width - text.length()) / 2);
                return blanks(left) + text;
            }
            return blanks(indent) + text;
        }

        private void addLine(String line) {
            page.add(line);
            if (page.size() == lines) {
                newPage();
            }
        }

        private void newPage() {
            if (page.isEmpty()) {
                return;
            }
            while (page.size() < lines) {
                page.add("");
            }
            String number = BrailleNumbers.of(pages.size() + 1);
            String last = page.get(lines - 1);
            page.set(lines - 1, last + blanks(cells - number.length() - last.length()) + number);
            pages.add(new BraillePage(pages.size() + 1, page));
            page.clear();
            pendingBlank = 0;
        }

        /** The width of the number of the page a line at {@code position} (counted from the current page's top) falls on. */
        private int numberWidth(int position) {
            return BrailleNumbers.of(pages.size() + 1 + position / lines).length();
        }

        Result finish() {
            if (pages.isEmpty() && page.isEmpty()) {
                page.add(""); // an empty document still gets one numbered page
            }
            newPage();
            return new Result(pages, hardBreaks);
        }
    }

    /**
     * Where to cut a word too long for any line: after the last closing bracket, slash or hyphen
     * that leaves at least half the line filled (so a run of note references "[12][13]…" or a URL
     * breaks between its parts), else at the full width; counted from {@code from}.
     */
    private static int cutPoint(String word, int from, int width) {
        // a line's worth only: lastIndexOf on the whole word would search back to its start
        String line = word.substring(from, Math.min(word.length(), from + width));
        int best = -1;
        for (String after : CUT_AFTER) {
            int at = line.lastIndexOf(after, width - after.length());
            if (at >= 0 && at + after.length() > best) {
                best = at + after.length();
            }
        }
        return best >= width / 2 ? best : width;
    }

    private static String blanks(int n) {
        return String.valueOf(BLANK).repeat(Math.max(0, n));
    }
}
