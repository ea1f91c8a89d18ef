package org.lector.speech;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Dates, read in the order they are printed so the listener hears what a reader sees:
 * day-first "18 December 1878" → "the eighteenth of December, eighteen seventy-eight";
 * month-first "December 18, 1878" → "December eighteenth, eighteen seventy-eight". ISO dates
 * "1878-12-18" are read day-first, as Wikipedia's own day-first style. Day ranges (already "to"
 * after {@link RangeSpeech}) stay in the same order: "18 to 20 December" → "the eighteenth to the
 * twentieth of December". A month followed only by a year ("May 1924") needs nothing here: the
 * year rule reads the year.
 */
final class DateSpeech {
    private static final String SPACE = "(?:[ \\u00A0]|&nbsp;)";
    private static final String DAY = "(\\d{1,2}+)(?:st|nd|rd|th)?";
    private static final String YEAR_AFTER = "(\\d{3,4}+)(?![\\d\\p{L}]|[.,]\\d)";

    private static final Pattern ISO = Pattern.compile(
            "(?<![\\d\\p{L}\\-])(\\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])(?![\\d\\-])");

    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])" + DAY + "(?:" + SPACE + "++to" + SPACE + "++" + DAY + ")?"
            + SPACE + "++(" + Months.REGEX + ")\\b\\.?+"
            + "(?:,?+" + SPACE + "++" + YEAR_AFTER + ")?");

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b(" + Months.REGEX + ")\\.?+" + SPACE + "++" + DAY + "(?![\\d:.,]\\d|\\d)"
            + "(?:" + SPACE + "++to" + SPACE + "++" + DAY + "(?![\\d:]))?"
            + "(?:," + SPACE + "++" + YEAR_AFTER + ")?");

    /** "07.10.2014": day first, as where it is printed so. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(0?[1-9]|[12]\\d|3[01])\\.(0?[1-9]|1[0-2])\\.(\\d{4})(?![\\p{N}]|[.,]\\d)");

    private DateSpeech() {
    }

    /** ISO dates only; run before ranges, whose hyphens they would otherwise look like. */
    static String speakIso(String text, EnglishVariety variety) {
        String dotted = text.indexOf('.') < 0 ? text : Rewriter.replace(DOTTED, text, m -> dayFirst(
                Integer.parseInt(m.group(1)), -1, Months.name(Integer.parseInt(m.group(2))),
                Integer.parseInt(m.group(3)), variety));
        return speakIsoOnly(dotted, variety);
    }

    private static String speakIsoOnly(String text, EnglishVariety variety) {
        if (text.indexOf('-') < 0) {
            return text;
        }
        return Rewriter.replace(ISO, text, m -> dayFirst(Integer.parseInt(m.group(3)), -1,
                Months.name(Integer.parseInt(m.group(2))), Integer.parseInt(m.group(1)), variety));
    }

    /** Day-first and month-first dates. */
    static String speak(String text, EnglishVariety variety) {
        String out = Rewriter.replace(DAY_FIRST, text, m -> dayFirst(m, variety));
        return Rewriter.replace(MONTH_FIRST, out, m -> monthFirst(m, variety));
    }

    private static String dayFirst(MatchResult m, EnglishVariety variety) {
        int day = Integer.parseInt(m.group(1));
        int dayTo = m.start(2) < 0 ? -1 : Integer.parseInt(m.group(2));
        if (!isDay(day) || (dayTo != -1 && !isDay(dayTo))) {
            return m.group();
        }
        int year = m.start(4) < 0 ? -1 : Integer.parseInt(m.group(4));
        return dayFirst(day, dayTo, Months.fullName(m.group(3)), year, variety);
    }

    static String dayFirst(int day, int dayTo, String month, int year, EnglishVariety variety) {
        StringBuilder out = new StringBuilder("the ").append(NumberWords.ordinal(day, variety));
        if (dayTo != -1) {
            out.append(" to the ").append(NumberWords.ordinal(dayTo, variety));
        }
        out.append(" of ").append(month);
        if (year != -1) {
            out.append(", ").append(NumberWords.year(year, variety));
        }
        return out.toString();
    }

    private static String monthFirst(MatchResult m, EnglishVariety variety) {
        int day = Integer.parseInt(m.group(2));
        int dayTo = m.start(3) < 0 ? -1 : Integer.parseInt(m.group(3));
        if (!isDay(day) || (dayTo != -1 && !isDay(dayTo))) {
            return m.group();
        }
        StringBuilder out = new StringBuilder(Months.fullName(m.group(1))).append(' ')
                .append(NumberWords.ordinal(day, variety));
        if (dayTo != -1) {
            out.append(" to ").append(NumberWords.ordinal(dayTo, variety));
        }
        if (m.start(4) >= 0) {
            out.append(", ").append(NumberWords.year(Integer.parseInt(m.group(4)), variety));
        }
        return out.toString();
    }

    private static boolean isDay(int d) {
        return d >= 1 && d <= 31;
    }
}
