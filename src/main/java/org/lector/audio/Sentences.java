package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into sentences, the unit of a caption cue: at ".", "!" or "?" (and a closing quote
 * or bracket) followed by space and a capital (or a letter of a script without case), unless the word before the full stop is an
 * initial ("J. Arch Getty") or a common abbreviation ("p. 104", "c. 1900", "Dr. Smith"). Print
 * text of citations is full of these; a cue that ends at "Conquest 1991, p." is no caption.
 */
final class Sentences {
    private static final Pattern END = Pattern.compile("(?<=[.!?][\"'”’)\\]]?)\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\p{Lo}])");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}.]+)\\.[\"'”’)\\]]?$");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "p", "pp", "c", "ca", "ed", "eds", "vol", "vols", "no", "nos", "st", "dr", "mr", "mrs", "ms", "jr", "sr",
            "vs", "al", "e.g", "i.e", "fig", "cf", "op", "cit", "ibid", "gen", "rev", "lt", "col", "capt", "sgt",
            "prof", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "div", "ch", "sec", "trans", "repr");

    private Sentences() {
    }

    static List<String> of(String text) {
        String t = text.strip();
        List<String> out = new ArrayList<>();
        Matcher m = END.matcher(t);
        int from = 0;
        while (m.find()) {
            if (!endsWithAbbreviation(t.substring(from, m.start()))) {
                add(out, t.substring(from, m.start()));
                from = m.end();
            }
        }
        add(out, t.substring(from));
        return out;
    }

    private static boolean endsWithAbbreviation(String sentence) {
        Matcher w = LAST_WORD.matcher(sentence);
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        int space = word.lastIndexOf(' ');
        word = word.substring(space + 1);
        return word.length() == 1 || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void add(List<String> out, String s) {
        if (!s.isBlank()) {
            out.add(s.strip());
        }
    }
}
