package org.lector.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts right-to-left runs (Hebrew, Arabic, Syriac quoted in an article) in visual order within
 * their line, by the Unicode bidirectional algorithm (java.text.Bidi) with a left-to-right base
 * direction: the articles Lector reads are in left-to-right languages that quote right-to-left
 * ones (a right-to-left article would need the base direction from its language). Reversed runs are drawn at their visual places but
 * kept in logical order in the content, each with its logical text as ActualText, so screen
 * readers read them as written. Arabic letters are not shaped into their joining forms: no
 * shaping engine is at hand, and the isolated forms, though unusual, are legible.
 */
final class BidiLines {
    private BidiLines() {
    }

    private record Segment(Line.Piece piece, int from, int to, int level) {
    }

    static Line reorder(Line line, FontSet fonts) {
        if (!hasRightToLeft(line)) {
            return line; // nearly every line: looked over without making anything
        }
        StringBuilder logical = new StringBuilder();
        for (Line.Piece p : line.pieces()) {
            logical.append(p.text());
        }
        Bidi bidi = new Bidi(logical.toString(), Bidi.DIRECTION_LEFT_TO_RIGHT);
        if (bidi.isLeftToRight()) {
            return line;
        }
        List<Segment> segments = new ArrayList<>();
        int offset = 0;
        for (Line.Piece p : line.pieces()) {
            int len = p.text().length();
            if (p.actualText() != null) {
                segments.add(new Segment(p, 0, len, bidi.getLevelAt(offset)));
            } else {
                int start = 0;
                for (int i = 1; i <= len; i++) {
                    if (i == len || bidi.getLevelAt(offset + i) != bidi.getLevelAt(offset + start)) {
                        segments.add(new Segment(p, start, i, bidi.getLevelAt(offset + start)));
                        start = i;
                    }
                }
            }
            offset += len;
        }
        byte[] levels = new byte[segments.size()];
        Object[] visual = segments.toArray();
        for (int i = 0; i < levels.length; i++) {
            levels[i] = (byte) segments.get(i).level();
        }
        Bidi.reorderVisually(levels, 0, visual, 0, visual.length);
        float start = line.pieces().get(0).x();
        float x = start;
        Map<Segment, Line.Piece> placed = new IdentityHashMap<>();
        for (Object o : visual) {
            Segment s = (Segment) o;
            Fragment f = s.piece().fragment();
            String text = s.piece().text().substring(s.from(), s.to());
            boolean reversed = s.level() % 2 == 1;
            String drawn = reversed ? mirrorReverse(text) : text;
            String actual = s.piece().actualText() != null ? s.piece().actualText() : reversed ? text : null;
            float w = fonts.width(f.face(), drawn, f.size());
            Fragment g = new Fragment(drawn, f.face(), f.size(), f.rise(), f.tag(), actual, w);
            placed.put(s, new Line.Piece(g, drawn, actual, x));
            x += w;
        }
        List<Line.Piece> pieces = new ArrayList<>();
        for (Segment s : segments) {
            pieces.add(placed.get(s)); // logical order in the content stream
        }
        return new Line(pieces, x - start);
    }

    private static boolean hasRightToLeft(Line line) {
        for (Line.Piece p : line.pieces()) {
            String t = p.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                // below U+0590 no character is right-to-left
                if (cp >= 0x0590 && rightToLeft(cp)) {
                    return true;
                }
                i += Character.charCount(cp);
            }
        }
        return false;
    }

    static boolean rightToLeft(int cp) {
        byte d = Character.getDirectionality(cp);
        return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static String mirrorReverse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int[] cps = s.codePoints().toArray();
        for (int i = cps.length - 1; i >= 0; i--) {
            sb.appendCodePoint(mirror(cps[i]));
        }
        return sb.toString();
    }

    private static int mirror(int cp) {
        return switch (cp) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '\u00AB' -> '\u00BB';
            case '\u00BB' -> '\u00AB';
            default -> cp;
        };
    }
}
