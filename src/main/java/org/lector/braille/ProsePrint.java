package org.lector.braille;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lector.script.Prose;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * A block's print text as braille shows it: note references as "[12]" where the superscript
 * stands (as in the print and in script.txt), italic and bold spans styled, superscripts and
 * subscripts raised and lowered, inline formulas inside a transcriber's note, line breaks as spaces.
 */
final class ProsePrint {
    private ProsePrint() {
    }

    static PrintText of(Prose prose) {
        return of(prose, "");
    }

    /** The prose after {@code prefix} (a list ordinal, a column header), which takes no style. */
    static PrintText of(Prose prose, String prefix) {
        String text = prose.text();
        List<Span> refs = new ArrayList<>();
        for (Span s : prose.spans()) {
            if (s.kind() == SpanKind.NOTEREF) {
                refs.add(s);
            }
        }
        refs.sort(Comparator.comparingInt(Span::start));
        PrintText.Builder b = new PrintText.Builder().append(prefix);
        int base = b.length();
        // marker characters inserted at offsets up to and including i: where original text lands
        int[] markersUpTo = new int[text.length() + 1];
        int from = 0;
        for (Span r : refs) {
            int at = Math.min(Math.max(r.start(), from), text.length());
            b.append(text.substring(from, at).replace('\n', ' '));
            String marker = "[" + r.value() + "]";
            b.append(marker);
            markersUpTo[at] += marker.length();
            from = at;
        }
        b.append(text.substring(from).replace('\n', ' '));
        for (int i = 1; i <= text.length(); i++) {
            markersUpTo[i] += markersUpTo[i - 1];
        }
        for (Span s : prose.spans()) {
            PrintStyle style = style(s.kind());
            if (style != null && s.start() < s.end() && s.end() <= text.length()) {
                // a marker standing at the span's first character comes before it, one at its end after it
                int start = base + s.start() + markersUpTo[s.start()];
                int end = base + s.end() + markersUpTo[s.end() - 1];
                b.style(style, start, end);
            }
        }
        return b.build();
    }

    /** Links, languages, small capitals and code read as plain text in braille. */
    private static PrintStyle style(SpanKind kind) {
        return switch (kind) {
            case ITALIC -> PrintStyle.ITALIC;
            case BOLD -> PrintStyle.BOLD;
            case FORMULA -> PrintStyle.TRANSNOTE;
            case SUPERSCRIPT -> PrintStyle.SUPERSCRIPT;
            case SUBSCRIPT -> PrintStyle.SUBSCRIPT;
            case LINK, LANG, NOTEREF, SMALL_CAPS, CODE -> null;
        };
    }

    /** Text that is all transcriber's note. */
    static PrintText transcribersNote(String text) {
        return new PrintText.Builder().append(text.replace('\n', ' '), PrintStyle.TRANSNOTE).build();
    }
}
