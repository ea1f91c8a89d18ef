package org.lector.speech;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says acronyms the way people do: letter by letter ("USSR" → "U S S R") unless they are said as
 * words ("NATO" → "Nato"). Which ones are words cannot be guessed from the letters (NASA is a word,
 * NKVD is not), so it is a list: {@code voices/acronyms.txt} in the Lector folder, which users edit,
 * falling back to a copy bundled in the jar; {@link #withFile(Path)} adds a user's own list.
 *
 * <p>An acronym here is a whole word of 2 to 6 capital letters, optionally followed by a plural "s"
 * or a possessive; mixed case ("McDonald", "iPhone"), single capitals and longer capitalised words
 * are not touched. Roman numerals must be read first ({@link RomanNumerals}).
 */
public final class Acronyms {

    /** Where the user-editable list lives, relative to the Lector folder ({@code -Dlector.home}). */
    public static final String VOICES_FILE = "voices/acronyms.txt";
    private static final String RESOURCE = "acronyms.txt";

    private static final Pattern ACRONYM = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}])(\\p{Lu}{2,6}+)(s?+)(?![\\p{L}\\p{N}\\p{M}])");

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
     * The default list: {@code $lector.home/voices/acronyms.txt} when it exists (so a user's edits
     * apply without a rebuild), else the copy bundled with the classes.
     */
    public static Acronyms defaults() {
        String home = System.getProperty("lector.home");
        if (home != null) {
            Path file = Paths.get(home, VOICES_FILE);
            if (Files.isRegularFile(file)) {
                return load(file);
            }
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
        try (InputStream in = Files.newInputStream(file)) {
            return new Acronyms(read(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read acronym list " + file, e);
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

    /** The text with every acronym spelled out or written as a word the engine pronounces. */
    public String speak(String text) {
        Matcher m = ACRONYM.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, m.start()).append(spoken(m.group(1), !m.group(2).isEmpty()));
            copied = m.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private String spoken(String letters, boolean plural) {
        if (isWord(letters)) {
            // Lower case after the first letter, so engines pronounce it instead of spelling it.
            return letters.charAt(0) + letters.substring(1).toLowerCase(Locale.ROOT) + (plural ? "s" : "");
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
