package org.lector.script;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Splits a block's print text into sentences once, for every backend: ICU4J's sentence
 * BreakIterator for the article's language, with the abbreviations and initials that fill
 * citations kept inside their sentence ("J. Arch Getty", "p. 104", "c. 1900", "Dr. Smith"):
 * a caption that ends at "Conquest 1991, p." is no caption. A break before a lower-case word is
 * not taken either ("the U.S. army").
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "p", "pp", "c", "ca", "ed", "eds", "vol", "vols", "no", "nos", "st", "dr", "mr", "mrs", "ms", "jr", "sr",
            "vs", "al", "e.g", "i.e", "fig", "cf", "op", "cit", "ibid", "gen", "rev", "lt", "col", "capt", "sgt",
            "prof", "inc", "ltd", "co", "corp", "dept", "univ", "approx", "est", "div", "ch", "sec", "trans", "repr",
            "pub", "publ", "bzw", "z.b", "u.a", "d.h", "vgl", "nr", "hrsg", "bd", "s", "jh",
            // titles and place words before a name: "Florida Sen. Bill Nelson", "Mt. Everest", "(fl. 585 BC)"
            "mt", "mts", "ft", "pt", "rep", "reps", "sen", "sens", "gov", "govs", "adm", "maj", "pres", "hon", "cmdr",
            "cdr", "brig", "cpl", "pvt", "pte", "msgr", "fr", "supt", "insp", "atty", "revd", "amb", "fl");
    /** Single letters joined by full stops: "U.S", "e.g", "ബി.സി". */
    private static final Pattern INITIALISM = Pattern.compile("(?:\\p{L}[\\p{M}]*\\.)+\\p{L}[\\p{M}]*");
    /** One prototype iterator per language; each split works on a clone, so the splitter is thread-safe. */
    private static final Map<String, BreakIterator> PROTOTYPES = new ConcurrentHashMap<>();

    private final BreakIterator prototype;

    SentenceSplitter(String languageTag) {
        String tag = languageTag == null || languageTag.isBlank() ? "en" : languageTag;
        this.prototype = PROTOTYPES.computeIfAbsent(tag,
                t -> BreakIterator.getSentenceInstance(ULocale.forLanguageTag(t)));
    }

    /** The sentences of {@code text} as [start, end) ranges with no whitespace at either end. */
    List<int[]> split(String text) {
        List<int[]> out = new ArrayList<>();
        BreakIterator it = (BreakIterator) prototype.clone();
        it.setText(text);
        int from = 0;
        for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
            if (end < text.length() && !acceptable(text, from, end)) {
                continue;
            }
            add(out, text, from, end);
            from = end;
        }
        if (from < text.length()) {
            add(out, text, from, text.length());
        }
        return out;
    }

    /** One sentence over the whole text (headings, citations): still trimmed, possibly empty. */
    static List<int[]> whole(String text) {
        List<int[]> out = new ArrayList<>();
        add(out, text, 0, text.length());
        return out;
    }

    private static boolean acceptable(String text, int from, int end) {
        if (text.charAt(end - 1) == '\n') {
            return true; // a line break (verse, addresses) always ends a cue
        }
        int next = end;
        while (next < text.length() && isSpace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && Character.isLowerCase(text.codePointAt(next))) {
            return false;
        }
        int[] sentence = trim(text, from, end);
        return !endsWithAbbreviation(text.substring(sentence[0], sentence[1]));
    }

    private static boolean endsWithAbbreviation(String sentence) {
        if (!sentence.endsWith(".")) {
            return false;
        }
        int start = sentence.length() - 1;
        while (start > 0 && (isWordPart(sentence.charAt(start - 1)) || sentence.charAt(start - 1) == '.')) {
            start--;
        }
        String word = sentence.substring(start, sentence.length() - 1);
        if (word.isEmpty()) {
            return false;
        }
        // an initial ("J.", "ബി."), an initialism ("U.S", "D.C"), or a known abbreviation
        boolean initial = word.codePoints().filter(Character::isLetter).count() == 1;
        return initial || INITIALISM.matcher(word).matches() || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Letters and the vowel signs and marks that join them (Malayalam "ബി" is a letter and a sign). */
    private static boolean isWordPart(char c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    /** Whitespace including the no-break and thin spaces that "p.&nbsp;81" is written with. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** [from, to) without the spaces at either end. */
    private static int[] trim(String text, int from, int to) {
        int a = from;
        int b = to;
        while (a < b && isSpace(text.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(text.charAt(b - 1))) {
            b--;
        }
        return new int[] {a, b};
    }

    private static void add(List<int[]> out, String text, int from, int to) {
        int[] range = trim(text, from, to);
        if (range[0] < range[1]) {
            out.add(range);
        }
    }
}
