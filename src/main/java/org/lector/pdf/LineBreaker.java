package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a run of words into lines of at most a given width, first fit: each line takes as many
 * whole words as fit. Words are never split here (an over-long word gets a line of its own and
 * overflows; {@link OverlongWords} cuts such words before they arrive). Works on widths alone,
 * so it knows nothing of fonts.
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
        float used = 0;
        for (int i = 0; i < widths.length; i++) {
            float available = lines.isEmpty() ? width - firstIndent : width;
            if (i == start) {
                used = widths[i];
            } else if (used + spaces[i - 1] + widths[i] <= available + 0.001f) {
                used += spaces[i - 1] + widths[i];
            } else {
                lines.add(new int[] {start, i});
                start = i;
                used = widths[i];
            }
            if (forcedBreaks[i]) {
                lines.add(new int[] {start, i + 1});
                start = i + 1;
                used = 0;
            }
        }
        if (start < widths.length) {
            lines.add(new int[] {start, widths.length});
        }
        return lines;
    }
}
