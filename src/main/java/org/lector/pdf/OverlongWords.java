package org.lector.pdf;

import java.util.Arrays;
import java.util.List;

/**
 * Cuts a word wider than the whole line (a long URL in a note, a chemical name in a narrow table
 * column) into pieces that fit, preferring to cut after a slash, dot, hyphen or similar, so no
 * text runs off the page. Ordinary words are never touched: this is for the rare word that has
 * no other way onto the page. A word can be megabytes long (a text without spaces), so it is
 * walked code point by code point without an object for each.
 */
final class OverlongWords {
    private static final String CUT_AFTER = "/.-_?&=,;:)]}\u2013\u2014";

    private OverlongWords() {
    }

    /** The words, over-long ones cut; the same words when none is over-long. */
    static Words fit(Words words, float width, FontSet fonts) {
        int first = 0;
        while (first < words.size() && words.width(first) <= width) {
            first++;
        }
        if (first == words.size()) {
            return words;
        }
        Words out = new Words(words.size() * 6);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.width() <= width) {
                out.append(w);
            } else {
                cut(w, width, fonts, out);
            }
        }
        return out;
    }

    /** Walks the code points of a word's fragments in order. */
    private static final class Cursor {
        final List<Fragment> frags;
        final FontSet fonts;
        int fragment;
        int charIndex;
        int codePointIndex;

        Cursor(List<Fragment> frags, FontSet fonts) {
            this.frags = frags;
            this.fonts = fonts;
            skipEmpty();
        }

        boolean more() {
            return fragment < frags.size();
        }

        int codePoint() {
            return frags.get(fragment).text().codePointAt(charIndex);
        }

        float width() {
            Fragment f = frags.get(fragment);
            return fonts.advance(f.face(), codePoint()) * f.size();
        }

        void next() {
            charIndex += Character.charCount(codePoint());
            codePointIndex++;
            skipEmpty();
        }

        private void skipEmpty() {
            while (fragment < frags.size() && charIndex >= frags.get(fragment).text().length()) {
                fragment++;
                charIndex = 0;
                codePointIndex = 0;
            }
        }
    }

    /**
     * Cuts greedily: a piece takes code points while they fit, and ends after the last cut
     * character in it when it has one.
     */
    private static void cut(Word word, float width, FontSet fonts, Words out) {
        int units = 0;
        for (Fragment f : word.fragments()) {
            units += f.text().codePointCount(0, f.text().length());
        }
        // where each piece ends, as a count of code points; a piece has at least one
        int[] ends = new int[16];
        int pieces = 0;
        int start = 0;
        float used = 0;
        int lastCut = -1;
        float usedAfterCut = 0; // width of the code points after lastCut, summed from there in order
        Cursor c = new Cursor(word.fragments(), fonts);
        for (int u = 0; c.more(); u++, c.next()) {
            float w = c.width();
            if (used + w > width && u > start) {
                boolean atCut = lastCut >= start;
                if (pieces == ends.length) {
                    ends = Arrays.copyOf(ends, pieces * 2);
                }
                start = atCut ? lastCut + 1 : u;
                ends[pieces++] = start;
                // what is carried to the next piece: the code points after the cut
                used = atCut ? usedAfterCut : 0;
                lastCut = -1;
            }
            used += w;
            usedAfterCut += w;
            if (CUT_AFTER.indexOf(c.codePoint()) >= 0) {
                lastCut = u;
                usedAfterCut = 0;
            }
        }
        if (pieces == ends.length) {
            ends = Arrays.copyOf(ends, pieces + 1);
        }
        ends[pieces++] = units;
        Cursor from = new Cursor(word.fragments(), fonts);
        int at = 0;
        for (int p = 0; p < pieces; p++) {
            at = piece(from, at, ends[p], fonts, out);
            boolean last = p == pieces - 1;
            if (last) {
                out.endWord(word.spaceWidth(), word.breakAfter(), word.glued());
            } else {
                out.endWord(0, false, true);
            }
        }
    }

    /** Adds the code points [at, to) as fragments of the word being built; returns {@code to}. */
    private static int piece(Cursor c, int at, int to, FontSet fonts, Words out) {
        while (at < to) {
            int f = c.fragment;
            Fragment fr = c.frags.get(f);
            int charStart = c.charIndex;
            int cpStart = c.codePointIndex;
            while (at < to && c.fragment == f) {
                c.next();
                at++;
            }
            int charEnd = c.fragment == f ? c.charIndex : fr.text().length();
            int cpEnd = c.fragment == f ? c.codePointIndex : fr.text().codePointCount(0, fr.text().length());
            String text = fr.text().substring(charStart, charEnd);
            String actual = null;
            if (fr.actualText() != null) {
                // replacement marks stand one for one for the code points of the real text
                int a = fr.actualText().offsetByCodePoints(0, cpStart);
                int b = fr.actualText().offsetByCodePoints(0, cpEnd);
                actual = fr.actualText().substring(a, b);
            }
            out.addFragment(text, 0, text.length(), fr.face(), fr.size(), fr.rise(), fr.tag(), actual,
                    fonts.width(fr.face(), text, fr.size()));
        }
        return at;
    }
}
