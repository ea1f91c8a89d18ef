package org.lector.speech;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lector.config.LectorHome;
import org.lector.config.UserFiles;

/**
 * A pronunciation lexicon: words the engine says wrongly, each with a respelling it says rightly
 * ("Khlevniuk" → "Khlev nyook"). Loaded from W3C PLS 1.0 files at run time ({@code voices/} and
 * {@code --lexicon FILE}); only aliases are used, since FreeTTS cannot take IPA phonemes.
 *
 * <p>Matching follows PLS: graphemes are case-sensitive and match whole words ("Kirov" in
 * "Kirov's" but not in "Kirovsk"). Where graphemes overlap the longest wins, and the text is scanned
 * once through a character trie, so the cost is the length of the text times the longest grapheme,
 * whatever the lexicon's size. Replacements are not scanned again.
 */
public final class Lexicon {

    /** The lexicon shipped with Lector, in the Lector folder's {@code voices/}. */
    public static final String DEFAULT_FILE = "lexicon-en.pls";

    private final Map<String, String> entries;
    private final Node root = new Node();

    private Lexicon(Map<String, String> entries) {
        this.entries = Map.copyOf(entries);
        entries.forEach(this::insert);
    }

    public static Lexicon empty() {
        return new Lexicon(Map.of());
    }

    /** A lexicon of the given grapheme → alias pairs (for callers that build one in code). */
    public static Lexicon of(Map<String, String> entries) {
        return new Lexicon(entries);
    }

    /** The lexicon in a PLS file, refused when the file is not a regular one or larger than {@link UserFiles#MAX_BYTES}. */
    public static Lexicon load(Path file) {
        try {
            return new Lexicon(PlsReader.read(new ByteArrayInputStream(UserFiles.read(file))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file + ": " + UserFiles.reason(e), e);
        }
    }

    public static Lexicon read(InputStream in) throws IOException {
        return new Lexicon(PlsReader.read(in));
    }

    /** The shipped lexicon when it is present, else an empty one: pronunciations are optional. */
    public static Lexicon defaults(LectorHome home) {
        Path file = home.voices().resolve(DEFAULT_FILE);
        return Files.isRegularFile(file) ? load(file) : empty();
    }

    /** This lexicon with {@code other}'s entries added; where both have a grapheme, {@code other} wins. */
    public Lexicon merge(Lexicon other) {
        Map<String, String> all = new LinkedHashMap<>(entries);
        all.putAll(other.entries);
        return new Lexicon(all);
    }

    public int size() {
        return entries.size();
    }

    /** The alias for an exact grapheme, or null. */
    public String alias(String grapheme) {
        return entries.get(grapheme);
    }

    /** The text with every whole-word occurrence of a grapheme replaced by its alias. */
    public String apply(String text) {
        if (entries.isEmpty()) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            if (i > 0 && isWordChar(text.charAt(i - 1)) && isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int matchEnd = -1;
            String alias = null;
            Node node = root;
            for (int j = i; j < text.length(); j++) {
                node = node.next.get(text.charAt(j));
                if (node == null) {
                    break;
                }
                if (node.alias != null && (j + 1 == text.length()
                        || !(isWordChar(text.charAt(j)) && isWordChar(text.charAt(j + 1))))) {
                    matchEnd = j + 1;
                    alias = node.alias;
                }
            }
            if (alias == null) {
                i++;
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32);
            }
            out.append(text, copied, i).append(alias);
            copied = matchEnd;
            i = matchEnd;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private void insert(String grapheme, String alias) {
        Node node = root;
        for (int i = 0; i < grapheme.length(); i++) {
            node = node.next.computeIfAbsent(grapheme.charAt(i), c -> new Node());
        }
        node.alias = alias;
    }

    /** One character position of the trie. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>(4);
        String alias;
    }
}
