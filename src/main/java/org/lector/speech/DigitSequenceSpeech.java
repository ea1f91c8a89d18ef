package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Identifiers of three or more hyphen-joined digit groups (ISBNs "978-1-317-86780-7", phone
 * numbers "1-800-555-0199", formations "4-4-2") are read digit by digit, a group at a time:
 * nobody says "nine hundred seventy-eight" for an ISBN prefix, and the hyphens are not ranges.
 * ISO dates are taken earlier by {@link DateSpeech}.
 */
final class DigitSequenceSpeech {
    private static final Pattern CHAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-.,])\\d++(?:[-\\u2010\\u2011]\\d++){2,}+(?:[-\\u2010\\u2011][Xx])?(?![\\p{L}\\p{N}])");

    /**
     * A hyphenated code, not a range: the right side has a leading zero or is glued to a capital
     * ("1969-059A" → "nineteen sixty-nine, zero five nine A", "69-83K" → "sixty-nine, eight three
     * K"). The left side is read as a year or a number, the right digit by digit, letters kept.
     */
    private static final Pattern CODE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-.,])(\\d++)[-\\u2010\\u2011](0\\d++|\\d++(?=\\p{Lu}))(\\p{Lu}{1,3}+)?(?![\\p{L}\\p{N}]|[-\\u2010\\u2011]\\d)");
    /** A DOI prefix, "10.1017/…": digit by digit, "one zero dot one zero one seven". */
    private static final Pattern DOI = Pattern.compile("(?<![\\p{L}\\p{N}.])10\\.(\\d{4,9}+)(?=/)");

    /**
     * Bits in groups, as tables of character codes print them: "010 1010", "101 1100". Two groups
     * or more of 0 and 1 only, with a leading zero or seven bits in all; read digit by digit, or
     * "1010" would be heard as the year.
     */
    private static final Pattern BITS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])[01]{3,8}+(?:[ \\u00A0][01]{3,8}+)++(?![\\p{L}\\p{N}]|[.,]\\d)");

    /**
     * A model number of three digits, glued to a capital ("A380", "B612", "A320-200") or after an
     * aircraft maker ("Boeing 747-400"): said in pairs as its makers say it, "A three eighty",
     * "seven forty-seven, four hundred". The variant after the hyphen is no range end.
     */
    private static final Pattern MODEL = Pattern.compile(
            "(?<![\\p{N}\\-‐.,])(?:(?<=\\p{Lu})|(?<=(?:Boeing|Airbus|Tupolev|Ilyushin|Antonov|Embraer|Douglas"
                    + "|Lockheed|Convair|Sukhoi|Yakovlev|Cessna|Fokker|Bombardier)[ \\u00A0]))(\\d{3})(?:[-‐](\\d{1,3}+))?"
                    + "(?![\\p{N}]|[.,:]\\d)");

    private DigitSequenceSpeech() {
    }

    /** Model numbers, read before ranges could take their hyphens. */
    static String speakModels(String text, EnglishVariety variety) {
        return Rewriter.replace(MODEL, text, m -> {
            boolean glued = m.start() > 0 && Character.isLetter(text.charAt(m.start() - 1));
            String said = NumberWords.threeDigitYear(Integer.parseInt(m.group(1)), variety);
            if (m.start(2) >= 0) {
                said += ", " + NumberWords.number(m.group(2), variety);
            }
            return (glued ? " " : "") + said;
        });
    }

    static String speakBits(String text) {
        return Rewriter.replaceOrKeep(BITS, text, m -> {
            String bits = m.group();
            boolean leadingZero = bits.charAt(0) == '0' || bits.contains(" 0") || bits.contains("\u00A00");
            if (!leadingZero && bits.replaceAll("[ \\u00A0]", "").length() < 7) {
                return null;
            }
            StringBuilder out = new StringBuilder();
            for (String group : bits.split("[ \\u00A0]")) {
                out.append(out.length() > 0 ? ", " : "").append(NumberWords.digits(group));
            }
            return out.toString();
        });
    }

    static String speakCodes(String text, EnglishVariety variety) {
        String out = text.indexOf('/') < 0 ? text : Rewriter.replace(DOI, text, m -> "one zero dot " + NumberWords.digits(m.group(1)));
        return Rewriter.replace(CODE, out, m -> {
            String left = m.group(1);
            String right = m.group(2);
            boolean year = left.length() == 4 && left.charAt(0) != '0' && Integer.parseInt(left) >= 1000
                    && Integer.parseInt(left) <= 2099;
            if (year && right.length() == 2 && m.start(3) < 0) {
                // "2004-05" is a season, a range
                return m.group();
            }
            String l = year ? NumberWords.year(Integer.parseInt(left), variety) : NumberWords.number(left, variety);
            return l + ", " + NumberWords.digits(right) + (m.start(3) >= 0 ? " " + m.group(3) : "");
        });
    }

    static String speak(String text) {
        if (text.indexOf('-') < 0 && text.indexOf('\u2010') < 0 && text.indexOf('\u2011') < 0) {
            return text;
        }
        return Rewriter.replace(CHAIN, text, m -> {
            String s = m.group();
            String words = NumberWords.digits(s);
            // an ISBN-10 check digit X stays a letter
            return s.endsWith("X") || s.endsWith("x") ? words + " X" : words;
        });
    }
}
