package org.lector.pdf;

import java.util.AbstractList;
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

    /**
     * The set lines. Only the breaks are chosen here; each line is placed when it is asked for,
     * so a paragraph of any length holds its words and breaks, never all its placed lines.
     */
    static List<Line> set(Words input, float width, float firstIndent, Align align, FontSet fonts) {
        Words words = OverlongWords.fit(input, Math.max(1, width - firstIndent), fonts);
        int[] ends = LineBreaker.breakLines(words, width, firstIndent);
        return new SetLines(words, ends, width, firstIndent, align, fonts);
    }

    /** Lines placed on demand from the words and the breaks between them. */
    private static final class SetLines extends AbstractList<Line> {
        private final Words words;
        private final int[] ends;
        private final float width;
        private final float firstIndent;
        private final Align align;
        private final FontSet fonts;

        SetLines(Words words, int[] ends, float width, float firstIndent, Align align, FontSet fonts) {
            this.words = words;
            this.ends = ends;
            this.width = width;
            this.firstIndent = firstIndent;
            this.align = align;
            this.fonts = fonts;
        }

        @Override
        public int size() {
            return ends.length;
        }

        @Override
        public Line get(int l) {
            int from = l == 0 ? 0 : ends[l - 1];
            int to = ends[l];
            float indent = l == 0 ? firstIndent : 0;
            float natural = 0;
            int gaps = 0;
            for (int i = from; i < to; i++) {
                natural += words.width(i) + (i < to - 1 ? words.spaceWidth(i) : 0);
                if (i < to - 1 && words.spaceWidth(i) > 0) {
                    gaps++;
                }
            }
            float avail = width - indent;
            boolean lastOfParagraph = l == ends.length - 1 || words.breakAfter(to - 1);
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
                float space = words.spaceWidth(i);
                boolean spaceAfter = i < to - 1 && space > 0;
                int lastFragment = words.fragmentEnd(i) - 1;
                for (int f = words.firstFragment(i); f <= lastFragment; f++) {
                    Fragment fr = words.fragment(f);
                    boolean last = f == lastFragment;
                    String text = last && spaceAfter ? fr.text() + " " : fr.text();
                    String actual = fr.actualText() == null ? null : last && spaceAfter ? fr.actualText() + " " : fr.actualText();
                    pieces.add(new Line.Piece(fr, text, actual, x));
                    x += fr.width();
                }
                if (i < to - 1) {
                    x += space + (space > 0 ? extra : 0);
                }
            }
            return BidiLines.reorder(new Line(pieces, x - start), fonts);
        }
    }
}
