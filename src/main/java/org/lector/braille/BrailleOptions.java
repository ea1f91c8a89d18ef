package org.lector.braille;

import org.lector.config.LectorHome;
import org.lector.script.HatnoteSelection;

/**
 * How to braille: a liblouis table list ({@code null} for the UEB table of {@code grade} with the
 * project's additions), the UEB grade (1 or 2), the page size in cells and lines, the Lector
 * folder whose {@code tables/} the list's names are looked up in first, and which hatnotes are
 * brailled.
 */
public record BrailleOptions(String tableList, int grade, int cells, int lines, LectorHome home,
                             HatnoteSelection hatnotes) {
    public static final int DEFAULT_CELLS = 40;
    public static final int DEFAULT_LINES = 25;

    public BrailleOptions {
        if (grade != 1 && grade != 2) {
            throw new IllegalArgumentException("the UEB grade is 1 or 2, not " + grade);
        }
        if (cells < 12 || cells > 100) {
            throw new IllegalArgumentException("a braille line has 12 to 100 cells, not " + cells);
        }
        if (lines < 3 || lines > 100) {
            throw new IllegalArgumentException("a braille page has 3 to 100 lines, not " + lines);
        }
        if (tableList != null && tableList.isBlank()) {
            tableList = null;
        }
    }

    /** With the default hatnotes: those that lead on, not the disambiguation ones. */
    public BrailleOptions(String tableList, int grade, int cells, int lines, LectorHome home) {
        this(tableList, grade, cells, lines, home, HatnoteSelection.MAIN);
    }

    public static BrailleOptions defaults(LectorHome home) {
        return new BrailleOptions(null, 2, DEFAULT_CELLS, DEFAULT_LINES, home);
    }

    public BrailleOptions withHatnotes(HatnoteSelection selection) {
        return new BrailleOptions(tableList, grade, cells, lines, home, selection);
    }

    /** The table list liblouis is given. */
    public String effectiveTableList() {
        return tableList != null ? tableList : BrailleTables.defaultList(grade);
    }
}
