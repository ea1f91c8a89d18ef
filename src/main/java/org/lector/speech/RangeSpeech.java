package org.lector.speech;

import java.util.regex.Pattern;

/**
 * A dash between two numbers, years, dates or months is read "to": "1924–1927", "pages
 * 542–543", "July–August 1935", "10–15%", "134–65", "1960s–70s", "$5–10 million". A short
 * second year takes the first's century: "1932–33" → "1932 to 1933" (and "1999–00" → "1999 to
 * 2000"). Only the dash is rewritten here; the operands stay in print form for the later rules,
 * which know whether they are years, days or quantities.
 *
 * <p>This is a plain character scan (no regex) because it looks outwards from every dash, and
 * must stay linear on long lines full of dashes.
 */
final class RangeSpeech {
    private static final String DASH = "[ \\u00A0]?[-\\u2010-\\u2015][ \\u00A0]?";
    /** After "page(s)", "p.", "pp." numbers are page numbers, never years; "475–81" means 475 to 481. */
    private static final Pattern PAGES = Pattern.compile(
            "\\b(pages?|[Pp]ages?|pp?\\.)((?:[ \\u00A0]|&nbsp;)++)(\\d{1,6}+)(?:" + DASH + "(\\d{1,6}+))?(?![\\p{L}\\p{N}]|[.,:]\\d)");
    /** "c. 965–1040": a three-digit year ranged with a four-digit one is read as a year too. */
    private static final Pattern OLD_YEARS = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:(c\\.|ca\\.|circa|AD|CE)[ \\u00A0]?)(\\d{3})" + DASH
            + "(1\\d{3}|20\\d{2})(?![\\p{L}\\p{N}]|[.,]\\d)"
            + "|(?<![\\p{L}\\p{N}.,])(\\d{3})" + DASH + "(1\\d{3}|20\\d{2})(?=[ \\u00A0](?:AD|CE)\\b)");

    private RangeSpeech() {
    }

    /** Page numbers and ranges, and three-digit years ranged with four-digit ones; run before {@link #speak}. */
    static String speakPagesAndYears(String text, EnglishVariety variety) {
        String out = Rewriter.replace(PAGES, text, m -> {
            String first = m.group(3);
            StringBuilder s = new StringBuilder(m.group(1)).append(m.group(2)).append(NumberWords.number(first, variety));
            if (m.start(4) >= 0) {
                String last = m.group(4);
                if (last.length() < first.length()) {
                    last = first.substring(0, first.length() - last.length()) + last;
                }
                s.append(" to ").append(NumberWords.number(last, variety));
            }
            return s.toString();
        });
        return Rewriter.replace(OLD_YEARS, out, m -> {
            if (m.start(2) >= 0) {
                String pre = switch (m.group(1)) {
                    case "c.", "ca.", "circa" -> "circa";
                    // as EraSpeech says them, which will no longer see a digit after them
                    case "AD" -> "A D";
                    default -> "C E";
                };
                // the four-digit year stays in print for YearSpeech (and the era letters after it)
                return pre + " " + NumberWords.threeDigitYear(Integer.parseInt(m.group(2)), variety) + " to " + m.group(3);
            }
            return NumberWords.threeDigitYear(Integer.parseInt(m.group(4)), variety) + " to " + m.group(5);
        });
    }

    static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015');
    }

    static String speak(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!isDash(text.charAt(i))) {
                continue;
            }
            int leftEnd = skipSpaceBack(text, i);
            int leftStart = tokenStart(text, leftEnd);
            int rightStart = skipSpaceForward(text, i + 1);
            int rightEnd = tokenEnd(text, rightStart);
            if (leftStart >= leftEnd || rightStart >= rightEnd || leftStart < copied) {
                continue;
            }
            String left = text.substring(leftStart, leftEnd);
            String right = text.substring(rightStart, rightEnd);
            if (!isLeftOperand(text, leftStart, left) || !isRightOperand(text, rightEnd, right)) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(text, copied, leftEnd).append(" to ");
            String expanded = expandShortYear(left, right, text, rightEnd);
            if (expanded != null) {
                out.append(expanded);
                copied = rightEnd;
            } else {
                copied = rightStart;
            }
            i = Math.max(i, copied - 1);
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /** A number (with suffix: 13th, 1960s, 15%), a scale word after a number, an era, or a month. */
    private static boolean isLeftOperand(String text, int start, String token) {
        char first = token.charAt(0);
        if (isDigit(first) || ((first == '$' || first == '£' || first == '€' || first == '¥') && token.length() > 1
                && isDigit(token.charAt(1)))) {
            if (!isNumberWithSuffix(token)) {
                return false;
            }
            // "F-16-2" style chains belong to identifiers, not ranges
            return start < 2 || !(isDash(text.charAt(start - 1)) && Character.isLetter(text.charAt(start - 2)));
        }
        if (Months.isMonth(token)) {
            return true;
        }
        switch (token) {
            case "million", "billion", "trillion", "m", "bn", "BC", "BCE", "AD", "CE", "pm", "am",
                    "p.m.", "a.m.":
                int before = skipSpaceBack(text, start);
                return before > 0 && isDigit(text.charAt(before - 1));
            default:
                return false;
        }
    }

    private static boolean isRightOperand(String text, int end, String token) {
        char first = token.charAt(0);
        if (isDigit(first)) {
            return true;
        }
        if ("$£€¥'’".indexOf(first) >= 0) {
            return token.length() > 1 && isDigit(token.charAt(1));
        }
        if (token.equals("present") || Months.isMonth(token)) {
            return true;
        }
        switch (token) {
            case "c.", "ca.", "circa", "AD", "CE":
                int after = skipSpaceForward(text, end);
                return after < text.length() && isDigit(text.charAt(after));
            default:
                // "c.1900" printed without a space
                return (token.startsWith("c.") || token.startsWith("ca.")) && isDigit(token.charAt(token.length() - 1));
        }
    }

    /**
     * "1924", "1,500", "3.5", "10:30", "13th", "1960s", "15%", "$5", "5m": a number and at most
     * a known suffix. "9.31E" (an exponent) or "4K" are not range starts.
     */
    private static boolean isNumberWithSuffix(String token) {
        int i = token.length();
        for (String suffix : LEFT_SUFFIXES) {
            if (token.endsWith(suffix) && token.length() > suffix.length()) {
                i = token.length() - suffix.length();
                break;
            }
        }
        for (int k = 0; k < i; k++) {
            char c = token.charAt(k);
            if (!isDigit(c) && c != ',' && c != '.' && c != ':' && !(k == 0 && "$£€¥".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    private static final String[] LEFT_SUFFIXES = {"'s", "’s", "st", "nd", "rd", "th", "s", "%", "bn", "m", "am", "pm"};

    /** "1932" + "33" → "1933"; null unless the left is a plain year and the right one or two digits. */
    private static String expandShortYear(String left, String right, String text, int rightEnd) {
        if (left.length() != 4 || right.length() > 2 || !allDigits(left) || !allDigits(right)) {
            return null;
        }
        int first = Integer.parseInt(left);
        if (first < 1000 || first > 2099) {
            return null;
        }
        if (rightEnd < text.length() && "%:/".indexOf(text.charAt(rightEnd)) >= 0) {
            return null;
        }
        // "1924–25 December" is a day, not a year
        int next = skipSpaceForward(text, rightEnd);
        if (next > rightEnd && Months.isMonth(text.substring(next, tokenEnd(text, next)))) {
            return null;
        }
        return Integer.toString(shortYear(first, right));
    }

    /** The full year of a one- or two-digit second year after {@code first}: (1932, "33") → 1933, (1999, "00") → 2000. */
    static int shortYear(int first, String right) {
        int modulus = right.length() == 1 ? 10 : 100;
        int second = first - first % modulus + Integer.parseInt(right);
        return second <= first ? second + modulus : second;
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u200A';
    }

    /** Skips at most one space (or &amp;nbsp;) before index i; returns the end of the left token. */
    private static int skipSpaceBack(String text, int i) {
        if (i > 0 && isSpace(text.charAt(i - 1))) {
            return i - 1;
        }
        if (i >= 6 && text.startsWith("&nbsp;", i - 6)) {
            return i - 6;
        }
        return i;
    }

    private static int skipSpaceForward(String text, int i) {
        if (i < text.length() && isSpace(text.charAt(i))) {
            return i + 1;
        }
        if (text.startsWith("&nbsp;", i)) {
            return i + 6;
        }
        return i;
    }

    private static boolean isTokenChar(char c) {
        return Character.isLetterOrDigit(c) || c == ',' || c == '.' || c == '%' || c == ':'
                || c == '\'' || c == '’' || c == '$' || c == '£' || c == '€' || c == '¥';
    }

    private static int tokenStart(String text, int end) {
        int i = end;
        while (i > 0 && isTokenChar(text.charAt(i - 1)) && end - i < 40) {
            i--;
        }
        // a sentence's comma or full stop before the token is not part of it
        while (i < end && (text.charAt(i) == ',' || text.charAt(i) == '.' || text.charAt(i) == '\'')) {
            i++;
        }
        return i;
    }

    private static int tokenEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isTokenChar(text.charAt(i)) && i - start < 40) {
            i++;
        }
        // trailing sentence punctuation is not part of the token ("1927." "1927,")
        while (i > start && (text.charAt(i - 1) == ',' || text.charAt(i - 1) == '.')
                && !(text.startsWith("c.", start) || text.startsWith("ca.", start))) {
            i--;
        }
        return i;
    }
}
