package org.lector.speech;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

/**
 * Number words: cardinals, ordinals, years, decimals and digit-by-digit readings. Every other
 * number class speaks through this one, so the British "and" and the hyphen in 21–99 are decided
 * in one place. Cardinals and ordinals are ICU's English spell-out; years are Lector's own, since
 * ICU says "nineteen oh-five" and never the British "two thousand and five".
 */
public final class NumberWords {
    private static final String[] ONES = {"zero", "one", "two", "three", "four", "five", "six",
        "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty",
        "seventy", "eighty", "ninety"};
    /** One formatter per thread: ICU's formatters are not safe to share. */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELL_OUT = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));

    /** Beyond this many digits a number is an identifier (ISBN, phone), read digit by digit. */
    public static final int MAX_CARDINAL_DIGITS = 15;

    /**
     * From this many digits, a number printed without thousands commas is an identifier (ISBN-13,
     * phone, catalogue number): English style guides group quantities of five digits or more.
     */
    public static final int MIN_UNGROUPED_IDENTIFIER_DIGITS = 10;

    private NumberWords() {
    }

    /** "320000" → "three hundred and twenty thousand" (British) / "three hundred twenty thousand". */
    public static String cardinal(long n, EnglishVariety variety) {
        return spelled(n, variety, "%spellout-cardinal");
    }

    /** 0–99, hyphenated from twenty-one to ninety-nine. */
    static String belowHundred(int n) {
        if (n < 20) {
            return ONES[n];
        }
        return n % 10 == 0 ? TENS[n / 10] : TENS[n / 10] + "-" + ONES[n % 10];
    }

    /** 22 → "twenty-second", 101 → "one hundred (and) first". */
    public static String ordinal(long n, EnglishVariety variety) {
        return spelled(n, variety, "%spellout-ordinal");
    }

    /**
     * ICU's English spell-out. Its verbose rule sets say the British "and" ("one thousand and
     * five") but set off every group with a comma, a pause nobody makes inside a number.
     */
    private static String spelled(long n, EnglishVariety variety, String ruleSet) {
        if (variety == EnglishVariety.BRITISH) {
            return SPELL_OUT.get().format(n, ruleSet + "-verbose").replace(",", "");
        }
        return SPELL_OUT.get().format(n, ruleSet);
    }

    /** The plural of a number's last word, for decades and "in his 20s": "twenty" → "twenties". */
    static String pluralOf(String words) {
        if (words.endsWith("y")) {
            return words.substring(0, words.length() - 1) + "ies";
        }
        if (words.endsWith("x")) {
            return words + "es";
        }
        return words + "s";
    }

    /**
     * A year as it is said: 1924 "nineteen twenty-four", 1900 "nineteen hundred", 1905 "nineteen
     * oh five", 2005 "two thousand (and) five", 2010 "twenty ten", 1000 "one thousand", 1066 "ten
     * sixty-six". Years below 1000 and from 10000 are read as cardinals.
     */
    public static String year(int y, EnglishVariety variety) {
        if (y < 1000 || y > 9999 || y % 1000 == 0 || (y % 1000 < 10 && y / 1000 == 2)) {
            // 2001–2009 are "two thousand and one", never "twenty oh one"
            return cardinal(y, variety);
        }
        int high = y / 100;
        int low = y % 100;
        String first = belowHundred(high);
        if (low == 0) {
            return first + " hundred";
        }
        if (low < 10) {
            return first + " oh " + ONES[low];
        }
        return first + " " + belowHundred(low);
    }

    /** A three-digit year said as years are: 965 → "nine sixty-five", 905 → "nine oh five", 900 → "nine hundred". */
    static String threeDigitYear(int y, EnglishVariety variety) {
        if (y < 100 || y > 999) {
            return cardinal(y, variety);
        }
        int high = y / 100;
        int low = y % 100;
        if (low == 0) {
            return ONES[high] + " hundred";
        }
        return ONES[high] + (low < 10 ? " oh " + ONES[low] : " " + belowHundred(low));
    }

    /** Each digit by name: "0451" → "zero four five one". Non-digits are skipped. */
    public static String digits(CharSequence s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (out.length() > 0) {
                    out.append(' ');
                }
                out.append(ONES[c - '0']);
            }
        }
        return out.toString();
    }

    /** The name of one digit. */
    static String digit(char c) {
        return ONES[c - '0'];
    }

    /**
     * Any printed number token: optional sign ("-", "−"), digits with thousands commas, decimal
     * part(s). "320,000" cardinal; "3.5" "three point five"; "−5" "minus five"; "007" and numbers
     * longer than {@value #MAX_CARDINAL_DIGITS} digits digit by digit; "1.2.3" "one point two point
     * three". Commas that are not thousands separators are read as separate numbers; ten digits or
     * more without commas are an identifier, read digit by digit.
     */
    public static String number(String token, EnglishVariety variety) {
        String t = token;
        String sign = "";
        if (!t.isEmpty() && (t.charAt(0) == '-' || t.charAt(0) == '\u2212')) {
            sign = "minus ";
            t = t.substring(1);
        }
        int dot = t.indexOf('.');
        if (dot >= 0 && t.indexOf('.', dot + 1) >= 0) {
            // two or more dots: not a decimal but a version, address or code, "3.5.1" → "three dot five dot one"
            StringBuilder code = new StringBuilder(sign);
            for (String part : t.split("\\.", -1)) {
                if (code.length() > sign.length()) {
                    code.append(" dot");
                }
                if (!part.isEmpty()) {
                    code.append(code.length() > 0 ? " " : "").append(digits(part));
                }
            }
            return code.toString();
        }
        String whole = dot < 0 ? t : t.substring(0, dot);
        String fraction = dot < 0 ? "" : t.substring(dot + 1);
        StringBuilder out = new StringBuilder(sign).append(integer(whole, variety));
        if (!fraction.isEmpty()) {
            // further dots (version numbers, addresses) are read as "point" too
            for (String part : fraction.split("\\.", -1)) {
                out.append(" point");
                if (!part.isEmpty()) {
                    out.append(' ').append(digits(part));
                }
            }
        }
        return out.toString();
    }

    /** An integer part with or without thousands commas. */
    static String integer(String whole, EnglishVariety variety) {
        if (whole.indexOf(',') >= 0) {
            if (!isGrouped(whole)) {
                StringBuilder out = new StringBuilder();
                for (String part : whole.split(",")) {
                    if (!part.isEmpty()) {
                        out.append(out.length() > 0 ? ", " : "").append(integer(part, variety));
                    }
                }
                return out.toString();
            }
            whole = whole.replace(",", "");
        } else if (whole.length() >= MIN_UNGROUPED_IDENTIFIER_DIGITS) {
            return digits(whole);
        }
        if (whole.isEmpty()) {
            return "";
        }
        if (whole.length() > MAX_CARDINAL_DIGITS || (whole.length() > 1 && whole.charAt(0) == '0')) {
            return digits(whole);
        }
        return cardinal(Long.parseLong(whole), variety);
    }

    /** "1,000,000" yes; "12,34" and "1234,567" no. */
    static boolean isGrouped(String s) {
        String[] parts = s.split(",", -1);
        if (parts[0].isEmpty() || parts[0].length() > 3 || parts[0].charAt(0) == '0') {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].length() != 3) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token is exactly "1" (no sign, no decimals): the singular "one dollar", "one kilometre". */
    static boolean isOne(String token) {
        // "minus one degree" is singular too
        return token.equals("1") || token.equals("-1") || token.equals("\u22121");
    }
}
