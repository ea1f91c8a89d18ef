package org.lector.speech;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Roman numerals the way English speakers do: after a ruler's or pope's name as "the" and an
 * ordinal ("Henry VIII" → "Henry the Eighth"), after words that number things as a cardinal
 * ("World War II" → "World War Two", "Chapter IV" → "Chapter Four").
 *
 * <p>Runs before acronyms are spelled, so "VIII" is never read "V I I I". Capital letters that only
 * look like numerals are left alone: a numeral must follow a capitalised word, and after a plain
 * name it must be II to XXXIX written with I, V and X only, so "DC", "MD", "MIX" and "CIVIL" stay,
 * and the pronoun "I" is only a numeral in the counting contexts ("World War I").
 */
public final class RomanNumerals {

    /** A run of numeral letters standing alone as a word (a possessive "'s" may follow). */
    private static final Pattern NUMERAL = Pattern.compile(
            "(?<![\\p{L}\\p{N}'’.-])[IVXLCDM]++(?=['’]s(?![\\p{L}])|(?![\\p{L}\\p{N}]))");

    /** Words after which a numeral counts rather than ranks (matched against the words before it). */
    private static final Pattern CARDINAL_CONTEXT = Pattern.compile(
            "(?<![\\p{L}])(?:World War|Vatican Council|Apollo|Super Bowl|Part|Chapter|Volume|Act|Title|Article"
                    + "|Class|Type|Phase|Book|Section|Stage|Grade|Level|Appendix|Plate|Figure|Schedule|[Ss]cene)$");

    /** Capitalised words that are not names, so what follows them is not a regnal number. */
    private static final Set<String> NOT_NAMES = Set.of(
            "The", "A", "An", "And", "Or", "But", "If", "In", "On", "At", "Of", "To", "For", "By", "From",
            "With", "As", "Then", "When", "So", "This", "That", "There", "Here", "Now", "Yet", "Why", "How",
            "What", "Where", "Which", "While", "Although", "Because", "Since", "After", "Before", "Did",
            "Do", "Does", "Am", "Can", "Could", "Should", "Would", "May", "Might", "Must", "Shall", "Will");

    private static final String[] ONES = {"", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
            "Nine", "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen",
            "Eighteen", "Nineteen"};
    private static final String[] TENS = {"", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy",
            "Eighty", "Ninety"};
    private static final String[] ORDINAL_ONES = {"", "First", "Second", "Third", "Fourth", "Fifth", "Sixth",
            "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth", "Thirteenth", "Fourteenth",
            "Fifteenth", "Sixteenth", "Seventeenth", "Eighteenth", "Nineteenth"};
    private static final String[] ORDINAL_TENS = {"", "", "Twentieth", "Thirtieth"};

    private RomanNumerals() {
    }

    /** The text with every Roman numeral that follows a name or a counting word read as words. */
    public static String speak(String text) {
        Matcher m = NUMERAL.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String spoken = spoken(text, m.start(), m.group());
            if (spoken == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, m.start()).append(spoken);
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static String spoken(String text, int start, String numeral) {
        if (start < 3 || text.charAt(start - 1) != ' ') {
            return null;
        }
        int value = value(numeral);
        if (value <= 0) {
            return null;
        }
        // At most the three words before the numeral decide: "World War", "Pope John Paul".
        String before = text.substring(Math.max(0, start - 40), start - 1);
        if (CARDINAL_CONTEXT.matcher(before).find()) {
            return value < 4000 ? cardinal(value) : null;
        }
        String name = lastWord(before);
        boolean isName = name.length() >= 2 && Character.isUpperCase(name.charAt(0))
                && Character.isLowerCase(name.charAt(1)) && !NOT_NAMES.contains(name);
        if (!isName || value < 2 || value > 39 || !numeral.matches("[IVX]+")) {
            return null;
        }
        return "the " + ordinal(value);
    }

    private static String lastWord(String s) {
        int i = s.length();
        while (i > 0 && Character.isLetter(s.charAt(i - 1))) {
            i--;
        }
        return s.substring(i);
    }

    /** The value of a well-formed numeral (canonical subtractive form), or -1 for any other letters. */
    static int value(String numeral) {
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = digit(numeral.charAt(i));
            int next = i + 1 < numeral.length() ? digit(numeral.charAt(i + 1)) : 0;
            total += v < next ? -v : v;
        }
        // Reject "IIII", "VX", "MIX"-like oddities: only the canonical spelling of its value counts.
        return total > 0 && total < 4000 && canonical(total).equals(numeral) ? total : -1;
    }

    private static int digit(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> 0;
        };
    }

    private static String canonical(int n) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }

    /** Cardinal words, capitalised as part of a title ("World War Two"); spaces, not hyphens. */
    static String cardinal(int n) {
        StringBuilder sb = new StringBuilder();
        if (n >= 1000) {
            sb.append(ONES[n / 1000]).append(" Thousand");
            n %= 1000;
        }
        if (n >= 100) {
            sb.append(sb.length() > 0 ? " " : "").append(ONES[n / 100]).append(" Hundred");
            n %= 100;
        }
        if (n > 0) {
            sb.append(sb.length() > 0 ? " " : "");
            if (n < 20) {
                sb.append(ONES[n]);
            } else {
                sb.append(TENS[n / 10]);
                if (n % 10 > 0) {
                    sb.append(' ').append(ONES[n % 10]);
                }
            }
        }
        return sb.toString();
    }

    /** Ordinal words from 1 to 39 ("Twenty First"). */
    static String ordinal(int n) {
        if (n < 20) {
            return ORDINAL_ONES[n];
        }
        return n % 10 == 0 ? ORDINAL_TENS[n / 10] : TENS[n / 10] + " " + ORDINAL_ONES[n % 10];
    }
}
