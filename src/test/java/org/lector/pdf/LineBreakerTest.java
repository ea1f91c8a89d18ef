package org.lector.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
    private static List<int[]> lines(float[] widths, float space, float width, float indent, int... forcedAfter) {
        boolean[] forced = new boolean[widths.length];
        for (int i : forcedAfter) {
            forced[i] = true;
        }
        LineBreaker.Measures words = new LineBreaker.Measures() {
            public int size() {
                return widths.length;
            }

            public float width(int i) {
                return widths[i];
            }

            public float spaceWidth(int i) {
                return space;
            }

            public boolean breakAfter(int i) {
                return forced[i];
            }
        };
        int[] ends = LineBreaker.breakLines(words, width, indent);
        List<int[]> lines = new ArrayList<>();
        for (int l = 0; l < ends.length; l++) {
            lines.add(new int[] {l == 0 ? 0 : ends[l - 1], ends[l]});
        }
        return lines;
    }

    @Test
    void theSlackIsSpreadOverTheLinesInsteadOfPiledOnOne() {
        // "AAA BB CC DDDDD" in 6: first fit gives "AAA BB" / "CC" / "DDDDD" (spare 0 and 4: cost 16);
        // "AAA" / "BB CC" / "DDDDD" leaves 3 and 1 (cost 10) and is chosen
        List<int[]> l = lines(new float[] {3, 2, 2, 5}, 1, 6, 0);
        assertThat(l).containsExactly(new int[] {0, 1}, new int[] {1, 3}, new int[] {3, 4});
    }

    @Test
    void fullLinesAreKeptWhenTheyCostNothing() {
        // 10 + 1 + 10 + 1 + 10 = 32 fits in 32; the fourth word does not
        List<int[]> l = lines(new float[] {10, 10, 10, 10, 10}, 1, 32, 0);
        assertThat(l).containsExactly(new int[] {0, 3}, new int[] {3, 5});
    }

    @Test
    void aWordWiderThanTheLineGetsALineOfItsOwnAndIsNotSplit() {
        List<int[]> l = lines(new float[] {5, 50, 5}, 1, 20, 0);
        assertThat(l).containsExactly(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3});
    }

    @Test
    void forcedBreaksEndTheLine() {
        List<int[]> l = lines(new float[] {5, 5, 5, 5}, 1, 100, 0, 1);
        assertThat(l).containsExactly(new int[] {0, 2}, new int[] {2, 4});
    }

    @Test
    void theFirstLineIsShorterByItsIndent() {
        List<int[]> l = lines(new float[] {10, 10, 10, 10}, 0, 30, 10);
        assertThat(l).containsExactly(new int[] {0, 2}, new int[] {2, 4});
    }

    @Test
    void noWordsNoLines() {
        assertThat(lines(new float[0], 1, 10, 0)).isEmpty();
    }
}
