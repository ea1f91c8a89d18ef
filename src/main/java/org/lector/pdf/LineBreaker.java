package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a run of words into lines of at most a given width, choosing the breaks for the whole
 * paragraph at once (minimum raggedness: the sum of the squared spare width of every line but
 * the last is as small as it can be). First-fit breaking fills early lines and leaves gaping ones
 * later; spreading the slack evenly gives justified text even spacing and ragged text an even
 * edge. Words are never split here: an over-long word gets a line of its own and overflows
 * ({@link OverlongWords} cuts such words before they arrive). Works on widths alone.
 */
final class LineBreaker {
    private LineBreaker() {
    }

    /**
     * @param widths       the width of each word
     * @param spaces       the width of the space after each word
     * @param forcedBreaks whether a line must end after each word
     * @param width        the line width
     * @param firstIndent  how much narrower the first line is
     * @return for each line, the index of its first word and one past its last
     */
    static List<int[]> breakLines(float[] widths, float[] spaces, boolean[] forcedBreaks, float width, float firstIndent) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < widths.length; i++) {
            if (forcedBreaks[i] || i == widths.length - 1) {
                breakRun(widths, spaces, start, i + 1, width, start == 0 ? firstIndent : 0, lines);
                start = i + 1;
            }
        }
        return lines;
    }

    /** Optimal breaks for words [from, to), which end with a forced break or the paragraph's end. */
    private static void breakRun(float[] widths, float[] spaces, int from, int to, float width, float firstIndent,
                                 List<int[]> lines) {
        int n = to - from;
        double[] best = new double[n + 1];
        int[] previous = new int[n + 1];
        for (int j = 1; j <= n; j++) {
            best[j] = Double.POSITIVE_INFINITY;
            float used = 0;
            for (int i = j - 1; i >= 0; i--) {
                used += widths[from + i] + (i < j - 1 ? spaces[from + i] : 0);
                float available = i == 0 ? width - firstIndent : width;
                boolean single = i == j - 1;
                if (used > available + 0.001f && !single) {
                    break; // adding earlier words only makes the line longer
                }
                double slack = Math.max(0, available - used);
                double cost = best[i] + (j == n ? 0 : slack * slack);
                if (cost < best[j]) {
                    best[j] = cost;
                    previous[j] = i;
                }
            }
        }
        List<int[]> run = new ArrayList<>();
        for (int j = n; j > 0; j = previous[j]) {
            run.add(0, new int[] {from + previous[j], from + j});
        }
        lines.addAll(run);
    }
}
