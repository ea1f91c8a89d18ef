package org.lector.wikitext.templates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/** Writing dates from template parameters: "18 December 1878", "December 18, 1878", German "18. Dezember 1878". */
final class Dates {
    private static final String[] EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};
    private static final String[] DE = {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
            "September", "Oktober", "November", "Dezember"};

    enum Style { DMY, MDY, GERMAN }

    private Dates() {
    }

    /**
     * A date from year, month, day strings, any of month and day may be empty ("1878", "December
     * 1878"). Years print without leading zeros ("0965" → "965"). Null when the year is not a
     * number, so callers can fall back to the text as written.
     */
    static String format(String year, String month, String day, Style style) {
        Integer y = number(year);
        if (y == null) {
            return null;
        }
        Integer m = number(month);
        Integer d = number(day);
        if (m == null && !month.isBlank()) {
            m = monthByName(month);
        }
        if (m == null || m < 1 || m > 12) {
            return Integer.toString(y);
        }
        String name = (style == Style.GERMAN ? DE : EN)[m - 1];
        if (d == null || d < 1 || d > 31) {
            return name + " " + y;
        }
        return switch (style) {
            case DMY -> d + " " + name + " " + y;
            case MDY -> name + " " + d + ", " + y;
            case GERMAN -> d + ". " + name + " " + y;
        };
    }

    /** Whole years from one date to another, or -1 when either is incomplete. */
    static int yearsBetween(String y1, String m1, String d1, String y2, String m2, String d2) {
        LocalDate a = date(y1, m1, d1);
        LocalDate b = date(y2, m2, d2);
        if (a == null || b == null) {
            return -1;
        }
        return Period.between(a, b).getYears();
    }

    static LocalDate date(String y, String m, String d) {
        Integer yy = number(y);
        Integer mm = number(m);
        Integer dd = number(d);
        if (yy == null || mm == null || dd == null) {
            return null;
        }
        try {
            return LocalDate.of(yy, mm, dd);
        } catch (DateTimeException e) {
            return null;
        }
    }

    static Integer number(String s) {
        if (s == null) {
            return null;
        }
        String t = s.trim();
        if (!t.matches("-?\\d{1,4}")) {
            return null;
        }
        return Integer.parseInt(t);
    }

    private static Integer monthByName(String month) {
        String m = month.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < 12; i++) {
            if (!m.isEmpty() && (EN[i].toLowerCase(Locale.ROOT).startsWith(m) && m.length() >= 3)) {
                return i + 1;
            }
        }
        return null;
    }
}
