package org.lector.pipeline;

import com.ibm.icu.text.BreakIterator;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Safe, distinct folder names from article titles: letters and digits of any script, words
 * joined by hyphens, no path separators or dots at the ends, no Windows device names, at most 80
 * characters and {@value #MAX_BYTES} bytes of UTF-8; a title whose slug is already taken in this
 * run gets "-2", "-3"….
 *
 * <p>File systems limit a name to 255 bytes (ext4, APFS) or 255 UTF-16 units (NTFS), and backends
 * name files {@code <slug>.braille.txt}: 120 bytes leave room for the longest suffix and a
 * "-12345" of clashing titles. The cut falls between grapheme clusters, so it never splits a
 * surrogate pair (an invalid file name) nor a Malayalam consonant from its vowel sign.
 */
public final class Slugs {
    private static final int MAX_LENGTH = 80;
    static final int MAX_BYTES = 120;
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
        s = cut(s).replaceAll("-+$", "");
        if (s.isEmpty()) {
            s = "article";
        }
        if (WINDOWS_RESERVED.contains(s)) {
            s = s + "-article";
        }
        return s;
    }

    /** The longest run of whole grapheme clusters from the start within both limits. */
    private static String cut(String s) {
        if (s.length() <= MAX_LENGTH && s.length() * 3 <= MAX_BYTES) {
            return s; // short enough whatever its characters
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(s);
        int end = 0;
        int bytes = 0;
        for (int next = clusters.next(); next != BreakIterator.DONE; next = clusters.next()) {
            bytes += s.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BYTES || s.codePointCount(0, next) > MAX_LENGTH) {
                break;
            }
            end = next;
        }
        return s.substring(0, end);
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
