package org.lector.speech;

import java.util.HashMap;
import java.util.Map;

/** English month names and their print abbreviations, for dates and month ranges. */
final class Months {
    static final String[] NAMES = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    /** A regex alternative of every name and abbreviation, longest first so "Sept" beats "Sep". */
    static final String REGEX = "(?:January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    private static final Map<String, String> FULL = new HashMap<>();

    static {
        for (String name : NAMES) {
            FULL.put(name, name);
            FULL.put(name.substring(0, 3), name);
        }
        FULL.put("Sept", "September");
    }

    private Months() {
    }

    /** "Dec" → "December"; null when the word is not a month. */
    static String fullName(String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        return FULL.get(w);
    }

    /** 1 → "January". */
    static String name(int month) {
        return NAMES[month - 1];
    }

    static boolean isMonth(String word) {
        return fullName(word) != null;
    }
}
