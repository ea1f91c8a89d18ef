package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Sets words into lines: breaks them ({@link LineBreaker}), then places each word, spreading
 * the spare width over the spaces when justifying. The last line of a paragraph and a line
 * ended by a forced break stay ragged, and so does a line that would gape (less than three
 * quarters full): a loose justified line reads worse than a ragged one.
 */
final class LineSetter {
    enum Align { LEFT, JUSTIFY, CENTER, RIGHT }

    private static final float MIN_FILL_TO_JUSTIFY = 0.75f;

    private LineSetter() {
    }

    static List<Line> set(List<Word> input, float width, float firstIndent, Align align, FontSet fonts) {
        List<Word> words = OverlongWords.fit(input, Math.max(1, width - firstIndent), fonts);
        int n = words.size();
        float[] widths = new float[n];
        float[] spaces = new float[n];
        boolean[] forced = new boolean[n];
        for (int i = 0; i < n; i++) {
            widths[i] = words.get(i).width();
            spaces[i] = words.get(i).spaceWidth();
            forced[i] = words.get(i).breakAfter();
        }
        List<int[]> ranges = LineBreaker.breakLines(widths, spaces, forced, width, firstIndent);
        List<Line> lines = new ArrayList<>(ranges.size());
        for (int l = 0; l < ranges.size(); l++) {
            int from = ranges.get(l)[0];
            int to = ranges.get(l)[1];
            float indent = l == 0 ? firstIndent : 0;
            float natural = 0;
            int gaps = 0;
            for (int i = from; i < to; i++) {
                natural += widths[i] + (i < to - 1 ? spaces[i] : 0);
                if (i < to - 1 && spaces[i] > 0) {
                    gaps++;
                }
            }
            float avail = width - indent;
            boolean lastOfParagraph = l == ranges.size() - 1 || forced[to - 1];
            float extra = 0;
            float start = indent;
            if (align == Align.JUSTIFY && !lastOfParagraph && gaps > 0 && natural >= MIN_FILL_TO_JUSTIFY * avail) {
                extra = (avail - natural) / gaps;
            } else if (align == Align.CENTER) {
                start += Math.max(0, (avail - natural) / 2);
            } else if (align == Align.RIGHT) {
                start += Math.max(0, avail - natural);
            }
            List<Line.Piece> pieces = new ArrayList<>();
            float x = start;
            for (int i = from; i < to; i++) {
                Word w = words.get(i);
                List<Fragment> frags = w.fragments();
                boolean spaceAfter = i < to - 1 && spaces[i] > 0;
                for (int f = 0; f < frags.size(); f++) {
                    Fragment fr = frags.get(f);
                    boolean last = f == frags.size() - 1;
                    String text = last && spaceAfter ? fr.text() + " " : fr.text();
                    String actual = fr.actualText() == null ? null : last && spaceAfter ? fr.actualText() + " " : fr.actualText();
                    pieces.add(new Line.Piece(fr, text, actual, x));
                    x += fr.width();
                }
                if (i < to - 1) {
                    x += spaces[i] + (spaces[i] > 0 ? extra : 0);
                }
            }
            lines.add(BidiLines.reorder(new Line(pieces, x - start), fonts));
        }
        return lines;
    }
}
