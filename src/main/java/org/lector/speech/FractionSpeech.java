package org.lector.speech;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Fractions: "1/2", "1⁄2" (fraction slash) and "½" → "one half", "3/4" → "three quarters",
 * "2/3" → "two thirds", "5/8" → "five eighths", "1½" → "one and a half". A slash between
 * numbers that is not a plain fraction (numerator not below the denominator, or an unusual
 * denominator: "24/7", "9/11", "2004/05", "12/18/1878") is read as a pause between the numbers,
 * "twenty-four seven", because that is how such pairs are said, and the numbers are left to the
 * other rules (a year stays a year).
 */
final class FractionSpeech {
    private static final String VULGAR = "½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒";
    private static final int[][] VULGAR_VALUES = {{1, 2}, {1, 3}, {2, 3}, {1, 4}, {3, 4}, {1, 5},
        {2, 5}, {3, 5}, {4, 5}, {1, 6}, {5, 6}, {1, 7}, {1, 8}, {3, 8}, {5, 8}, {7, 8}, {1, 9}, {1, 10}};

    private static final Pattern SLASHED = Pattern.compile(
            "(?<![\\p{N}/⁄.,])(−|(?<![\\p{L}\\p{N}\\-])-)?(?:(\\d++)(?:\\+|[ \\u00A0])?(?=\\d++⁄)|(\\d++)[ \\u00A0](?=\\d++/))?(\\d++)[/⁄](\\d++)(?![\\p{N}/⁄]|[.,]\\d)");
    private static final Pattern UNICODE = Pattern.compile("(?<![\\p{N}.,])(\\d++)?([" + VULGAR + "])");
    private static final Pattern SLASH_BETWEEN_NUMBERS = Pattern.compile("(?<=\\d)[/⁄](?=\\d)");

    private FractionSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        String out = text;
        if (out.indexOf('/') >= 0 || out.indexOf('⁄') >= 0) {
            out = Rewriter.replace(SLASHED, out, m -> slashed(m, variety));
            String slashed = out;
            out = Rewriter.replace(SLASH_BETWEEN_NUMBERS, out, m -> betweenNumbers(slashed, m.start()));
        }
        if (hasVulgar(out)) {
            out = Rewriter.replace(UNICODE, out, m -> {
                int[] v = VULGAR_VALUES[VULGAR.indexOf(m.group(2).charAt(0))];
                return mixed(m.group(1), v[0], v[1], variety);
            });
        }
        return out;
    }

    /**
     * What a slash between two numbers that are not a fraction is read as: a score out of ten or
     * a hundred ("1.36/10", "10/10") is "out of"; a pair with a decimal or two numbers of a hundred
     * or more ("162/167") is "slash", so the listener knows two figures were given; short pairs
     * ("24/7", "9/11", "12/18/1878") are said as people say them, with a pause.
     */
    private static String betweenNumbers(String text, int slash) {
        int ls = slash;
        while (ls > 0 && (Character.isDigit(text.charAt(ls - 1)) || text.charAt(ls - 1) == '.')) {
            ls--;
        }
        int re = slash + 1;
        while (re < text.length() && (Character.isDigit(text.charAt(re)) || text.charAt(re) == '.')) {
            re++;
        }
        String left = text.substring(ls, slash);
        String right = text.substring(slash + 1, re);
        if (left.endsWith(".") || right.endsWith(".")) {
            return " ";
        }
        boolean decimal = left.indexOf('.') >= 0 || right.indexOf('.') >= 0;
        if ((right.equals("10") || right.equals("100")) && (decimal || left.length() >= right.length())
                && (ls == 0 || text.charAt(ls - 1) != '/') && (re >= text.length() || text.charAt(re) != '/')) {
            return " out of ";
        }
        return decimal || (left.length() >= 3 && right.length() >= 3) ? " slash " : " ";
    }

    private static boolean hasVulgar(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (VULGAR.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String slashed(MatchResult m, EnglishVariety variety) {
        String sign = m.group(1) == null ? "" : "minus ";
        String whole = m.group(2) != null ? m.group(2) : m.group(3);
        String num = m.group(4);
        String den = m.group(5);
        if (num.length() > 6 || den.length() > 6) {
            return m.group();
        }
        int n = Integer.parseInt(num);
        int d = Integer.parseInt(den);
        if (whole == null && num.length() == 4 && den.length() == 2 && n >= 1000 && n <= 2099) {
            // a season or fiscal year, "2004/05": the same as "2004–05"
            return m.group(1) == null ? num + " to " + RangeSpeech.shortYear(n, den) : m.group();
        }
        if (!isFraction(n, d) || (num.length() > 1 && num.charAt(0) == '0')) {
            // not a fraction: left as printed, the slash becomes a pause below
            return m.group();
        }
        return sign + mixed(whole, n, d, variety);
    }

    /**
     * A proper fraction with a denominator people say as a fraction; "9/11" and "3/11" are more
     * likely dates or tallies than elevenths.
     */
    private static boolean isFraction(int n, int d) {
        return n >= 1 && n < d && (d <= 10 || d == 12 || d == 16 || d == 32 || d == 64 || d == 100 || d == 1000);
    }

    private static String mixed(String whole, int n, int d, EnglishVariety variety) {
        if (whole == null || whole.isEmpty()) {
            return fraction(n, d, variety, false);
        }
        return NumberWords.number(whole, variety) + " and " + fraction(n, d, variety, true);
    }

    /** "one half", "three quarters"; after a whole number "a half", "a quarter". */
    static String fraction(int n, int d, EnglishVariety variety, boolean afterWhole) {
        String one = switch (d) {
            case 2 -> "half";
            case 4 -> "quarter";
            default -> NumberWords.ordinal(d, variety);
        };
        if (n == 1) {
            return (afterWhole ? "a " : "one ") + one;
        }
        String many = d == 2 ? "halves" : one + "s";
        return NumberWords.cardinal(n, variety) + " " + many;
    }
}
