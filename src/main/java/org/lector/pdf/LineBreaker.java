package org.lector.pdf;

import java.util.Arrays;

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

    /** The words to break, by their measures alone. */
    interface Measures {
        int size();

        /** The width of word {@code i}. */
        float width(int i);

        /** The width of the space after word {@code i}. */
        float spaceWidth(int i);

        /** Whether a line must end after word {@code i}. */
        boolean breakAfter(int i);
    }

    /**
     * @param words       the words' widths, spaces and forced breaks
     * @param width       the line width
     * @param firstIndent how much narrower the first line is
     * @return for each line, one past the index of its last word (a line starts where the one before ends)
     */
    static int[] breakLines(Measures words, float width, float firstIndent) {
        int[] ends = new int[Math.max(4, words.size() / 8)];
        int lines = 0;
        int start = 0;
        // one array of costs and back pointers for every run, as long as the longest
        double[] best = new double[0];
        int[] previous = new int[0];
        for (int i = 0; i < words.size(); i++) {
            if (words.breakAfter(i) || i == words.size() - 1) {
                int n = i + 1 - start;
                if (best.length < n + 1) {
                    best = new double[n + 1];
                    previous = new int[n + 1];
                }
                breakRun(words, start, i + 1, width, start == 0 ? firstIndent : 0, best, previous);
                int count = 0;
                for (int j = n; j > 0; j = previous[j]) {
                    count++;
                }
                if (lines + count > ends.length) {
                    ends = Arrays.copyOf(ends, Math.max(lines + count, ends.length + (ends.length >> 1)));
                }
                int k = lines + count;
                for (int j = n; j > 0; j = previous[j]) {
                    ends[--k] = start + j;
                }
                lines += count;
                start = i + 1;
            }
        }
        return Arrays.copyOf(ends, lines);
    }

    /**
     * Optimal breaks for words [from, to), which end with a forced break or the paragraph's end:
     * {@code previous[j]} is where the line ending before word {@code from + j} starts.
     */
    private static void breakRun(Measures words, int from, int to, float width, float firstIndent, double[] best,
                                 int[] previous) {
        int n = to - from;
        best[0] = 0;
        for (int j = 1; j <= n; j++) {
            best[j] = Double.POSITIVE_INFINITY;
            float used = 0;
            for (int i = j - 1; i >= 0; i--) {
                used += words.width(from + i) + (i < j - 1 ? words.spaceWidth(from + i) : 0);
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
    }
}
