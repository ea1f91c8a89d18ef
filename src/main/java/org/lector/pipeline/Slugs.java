package org.lector.pipeline;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, distinct folder names from article titles: letters and digits of any script, words
 * joined by hyphens, no path separators or dots at the ends, no Windows device names, at most 80
 * characters; a title whose slug is already taken in this run gets "-2", "-3"….
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    private static final Set<String> WINDOWS_RESERVED = Set.of(
            "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
            "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private final Set<String> used = new HashSet<>();

    public static String slug(String title) {
        // accents come off Latin letters ("Haüy" → "hauy"); in scripts whose vowel signs are
        // combining marks (Malayalam, Devanagari) the marks are part of the word and stay
        String s = Normalizer.normalize(Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("(?<=\\p{IsLatin})\\p{M}+", ""), Normalizer.Form.NFC);
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\p{M}]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH).replaceAll("-+$", "");
        }
        if (s.isEmpty()) {
            s = "article";
        }
        if (WINDOWS_RESERVED.contains(s)) {
            s = s + "-article";
        }
        return s;
    }

    /** A slug for the title that no earlier title of this run received. */
    public synchronized String unique(String title) {
        String base = slug(title);
        String candidate = base;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
