package org.lector.speech;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.config.LectorHome;
import org.lector.config.UserFiles;

/**
 * Says acronyms the way people do: letter by letter ("USSR" → "U S S R") unless they are said as
 * words ("NATO" → "Nato"). Which ones are words cannot be guessed from the letters (NASA is a word,
 * NKVD is not), so it is a list: {@code voices/acronyms.txt} in the Lector folder, which users edit,
 * falling back to a copy bundled in the jar; {@link #withFile(Path)} adds a user's own list.
 *
 * <p>An acronym here is a whole word of 2 to 6 capital letters, optionally followed by a plural "s"
 * or a possessive; mixed case ("McDonald", "iPhone") and single capitals are not touched. Capital
 * words that are words, not initials, are read as words: every word of a shouted title (three or
 * more capital words in a row, at least half of them pronounceable: "RULES MAY COST" → "Rules May
 * Cost"), and any capital word of five
 * letters or more that can be pronounced ("DREAM Act" → "Dream Act"; not "NSDAP", "HTTPS"). Roman
 * numerals must be read first ({@link RomanNumerals}).
 */
public final class Acronyms {

    /** The user-editable list, in the Lector folder's {@code voices/}. */
    public static final String VOICES_FILE = "acronyms.txt";
    private static final String RESOURCE = "acronyms.txt";

    private final Set<String> words;

    private Acronyms(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** No word acronyms: every acronym is spelled. */
    public static Acronyms none() {
        return new Acronyms(Set.of());
    }

    /** The given acronyms are read as words. */
    public static Acronyms of(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(w.toUpperCase(Locale.ROOT));
        }
        return new Acronyms(set);
    }

    /**
     * The default list: {@code voices/acronyms.txt} in the Lector folder when it exists (so a
     * user's edits apply without a rebuild), else the copy bundled with the classes.
     */
    public static Acronyms defaults(LectorHome home) {
        Path file = home.voices().resolve(VOICES_FILE);
        if (Files.isRegularFile(file)) {
            return load(file);
        }
        try (InputStream in = Acronyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return none();
            }
            return new Acronyms(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the words in {@code file}. */
    public static Acronyms load(Path file) {
        try {
            return new Acronyms(read(new ByteArrayInputStream(UserFiles.read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read acronym list " + file + ": " + UserFiles.reason(e), e);
        }
    }

    /** These words and those in a user's {@code file}. */
    public Acronyms withFile(Path file) {
        Set<String> all = new HashSet<>(words);
        all.addAll(load(file).words);
        return new Acronyms(all);
    }

    /** Whether the acronym is said as a word. */
    public boolean isWord(String acronym) {
        return words.contains(acronym.toUpperCase(Locale.ROOT));
    }

    /**
     * The text with every acronym spelled out or written as a word the engine pronounces. One pass
     * over the words: a run of three or more all-capital words is a shouted title and is read as
     * words ("RULES MAY COST" → "Rules May Cost"); elsewhere a capital word of 2 to 6 letters is an
     * acronym, and one of five letters or more that can be pronounced is a word ("DREAM Act").
     */
    public String speak(String text) {
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(text.charAt(i))) {
                i++;
            }
            if (capitalsEnd(text, start, i) < 0) {
                continue;
            }
            // a run of capital words separated by single spaces
            int runEnd = i;
            int words = 1;
            int sayable = pronounceable(text.substring(start, capitalsEnd(text, start, i))) ? 1 : 0;
            int j = i;
            while (j + 1 < n && text.charAt(j) == ' ' && isWordChar(text.charAt(j + 1))) {
                int k = j + 1;
                while (k < n && isWordChar(text.charAt(k))) {
                    k++;
                }
                if (capitalsEnd(text, j + 1, k) < 0) {
                    break;
                }
                words++;
                sayable += pronounceable(text.substring(j + 1, capitalsEnd(text, j + 1, k))) ? 1 : 0;
                runEnd = k;
                j = k;
            }
            // a title, not a list of initials ("USSR NKVD OGPU"): at least half its words can be said
            boolean shouted = words >= 3 && 2 * sayable >= words;
            if (out == null) {
                out = new StringBuilder(n + 32);
            }
            out.append(text, copied, start);
            int w = start;
            while (w < runEnd) {
                int e = w;
                while (e < runEnd && isWordChar(text.charAt(e))) {
                    e++;
                }
                int caps = capitalsEnd(text, w, e);
                String letters = text.substring(w, caps);
                boolean plural = caps < e;
                String spoken = spoken(letters, plural, shouted);
                out.append(spoken == null ? text.substring(w, e) : spoken);
                if (e < runEnd) {
                    out.append(' ');
                }
                w = e + 1;
            }
            copied = runEnd;
            i = runEnd;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /** Where the capitals of a capital word end (before a plural "s"), or -1 if it is not one. */
    private static int capitalsEnd(String text, int start, int end) {
        // a plural "s" after two capitals or more: "NGOs" (but "Is" and "As" are words)
        int caps = end > start + 2 && text.charAt(end - 1) == 's' ? end - 1 : end;
        for (int k = start; k < caps; k++) {
            if (!Character.isUpperCase(text.charAt(k))) {
                return -1;
            }
        }
        return caps;
    }

    /** The spoken form of a capital word, or null to leave it as written. */
    private String spoken(String letters, boolean plural, boolean shouted) {
        if (letters.length() == 1) {
            // "Plan A", "I": single capitals stay; in a shouted title "A" and "I" are words anyway
            return plural ? null : letters;
        }
        if (shouted && letters.length() >= 2 && letters.matches("[IVX]++") && RomanNumerals.value(letters) > 0) {
            // "WORLD WAR II": a numeral in a shouted title counts
            return RomanNumerals.cardinal(RomanNumerals.value(letters));
        }
        if (isWord(letters) || (shouted || letters.length() >= 5) && pronounceable(letters)) {
            // Lower case after the first letter, so engines pronounce it instead of spelling it.
            return letters.charAt(0) + letters.substring(1).toLowerCase(Locale.ROOT) + (plural ? "s" : "");
        }
        if (letters.length() > 6) {
            return null;
        }
        StringBuilder sb = new StringBuilder(letters.length() * 2 + 2);
        for (int i = 0; i < letters.length(); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(letters.charAt(i));
        }
        // "NGOs" is "N G O's" aloud: the apostrophe keeps the s from being read as a word.
        return plural ? sb.append("'s").toString() : sb.toString();
    }

    /** Consonant clusters that begin English words. */
    private static final Set<String> ONSETS = Set.of(
            "BL", "BR", "CH", "CL", "CR", "DR", "DW", "FL", "FR", "GL", "GR", "GN", "KN", "KL", "KR", "PH", "PL",
            "PR", "PS", "QU", "SC", "SH", "SK", "SL", "SM", "SN", "SP", "ST", "SW", "TH", "TR", "TW", "WH", "WR",
            "STR", "SPR", "SCR", "SPL", "SHR", "THR", "CHR", "SQU", "SKR", "PHR", "SCH");

    /**
     * Whether capitals can be read as a word: a vowel, an English onset ("DR", "STR", not "NSD"),
     * no run of four consonants and no ending like "SSR" that no English word has.
     */
    static boolean pronounceable(String letters) {
        String w = letters.toUpperCase(Locale.ROOT);
        int first = -1;
        int run = 0;
        for (int i = 0; i < w.length(); i++) {
            if (vowel(w, i)) {
                if (first < 0) {
                    first = i;
                }
                run = 0;
            } else if (++run >= 4) {
                return false;
            }
        }
        if (first < 0 || first > 1 && !ONSETS.contains(w.substring(0, first))) {
            return false;
        }
        // the final cluster: up to two consonants, or three ending in s, t, d or h ("WORLD", "FIRST")
        return run <= 2 || run == 3 && "STDH".indexOf(w.charAt(w.length() - 1)) >= 0;
    }

    private static boolean vowel(String w, int i) {
        char c = w.charAt(i);
        return "AEIOU".indexOf(c) >= 0 || c == 'Y' && i > 0 && "AEIOU".indexOf(w.charAt(i - 1)) < 0;
    }

    private static Set<String> read(InputStream in) throws IOException {
        Set<String> set = new HashSet<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line : (Iterable<String>) r.lines()::iterator) {
            int hash = line.indexOf('#');
            String word = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (!word.isEmpty()) {
                set.add(word.toUpperCase(Locale.ROOT));
            }
        }
        return set;
    }

    /** The words in the list, for reports and tests. */
    public List<String> words() {
        return words.stream().sorted().toList();
    }
}
