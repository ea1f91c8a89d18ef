package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a word wider than the whole line (a long URL in a note, a chemical name in a narrow table
 * column) into pieces that fit, preferring to cut after a slash, dot, hyphen or similar, so no
 * text runs off the page. Ordinary words are never touched: this is for the rare word that has
 * no other way onto the page.
 */
final class OverlongWords {
    private static final String CUT_AFTER = "/.-_?&=,;:)]}\u2013\u2014";

    private OverlongWords() {
    }

    static List<Word> fit(List<Word> words, float width, FontSet fonts) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            if (w.width() <= width) {
                out.add(w);
            } else {
                out.addAll(cut(w, width, fonts));
            }
        }
        return out;
    }

    /** One code point of a fragment: where it is and how wide. */
    private record Unit(int fragment, int charStart, int charEnd, int codePointIndex, float width, boolean cutAfter) {
    }

    private static List<Word> cut(Word word, float width, FontSet fonts) {
        List<Unit> units = new ArrayList<>();
        List<Fragment> frags = word.fragments();
        for (int f = 0; f < frags.size(); f++) {
            Fragment fr = frags.get(f);
            int cpIndex = 0;
            for (int i = 0; i < fr.text().length(); cpIndex++) {
                int cp = fr.text().codePointAt(i);
                int end = i + Character.charCount(cp);
                units.add(new Unit(f, i, end, cpIndex, fonts.advance(fr.face(), cp) * fr.size(), CUT_AFTER.indexOf(cp) >= 0));
                i = end;
            }
        }
        List<int[]> chunks = new ArrayList<>();
        int start = 0;
        float used = 0;
        int lastCut = -1;
        for (int u = 0; u < units.size(); u++) {
            float w = units.get(u).width();
            if (used + w > width && u > start) {
                int end = lastCut >= start ? lastCut + 1 : u;
                chunks.add(new int[] {start, end});
                start = end;
                used = 0;
                for (int k = start; k < u; k++) {
                    used += units.get(k).width();
                }
                lastCut = -1;
            }
            used += w;
            if (units.get(u).cutAfter()) {
                lastCut = u;
            }
        }
        chunks.add(new int[] {start, units.size()});
        List<Word> out = new ArrayList<>();
        for (int c = 0; c < chunks.size(); c++) {
            boolean last = c == chunks.size() - 1;
            List<Fragment> pieces = pieces(frags, units, chunks.get(c)[0], chunks.get(c)[1], fonts);
            out.add(last ? Word.of(pieces, word.spaceWidth(), word.breakAfter(), word.glued())
                    : Word.of(pieces, 0, false, true));
        }
        return out;
    }

    private static List<Fragment> pieces(List<Fragment> frags, List<Unit> units, int from, int to, FontSet fonts) {
        List<Fragment> out = new ArrayList<>();
        int u = from;
        while (u < to) {
            int f = units.get(u).fragment();
            int v = u;
            while (v < to && units.get(v).fragment() == f) {
                v++;
            }
            Fragment fr = frags.get(f);
            String text = fr.text().substring(units.get(u).charStart(), units.get(v - 1).charEnd());
            String actual = null;
            if (fr.actualText() != null) {
                // replacement marks stand one for one for the code points of the real text
                int a = fr.actualText().offsetByCodePoints(0, units.get(u).codePointIndex());
                int b = fr.actualText().offsetByCodePoints(0, units.get(v - 1).codePointIndex() + 1);
                actual = fr.actualText().substring(a, b);
            }
            out.add(new Fragment(text, fr.face(), fr.size(), fr.rise(), fr.tag(), actual, fonts.width(fr.face(), text, fr.size())));
            u = v;
        }
        return out;
    }
}
