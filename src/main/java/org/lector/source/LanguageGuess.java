package org.lector.source;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the language of plain wikitext that carries no metadata, so speech and braille pick the
 * right voice and table. It is deliberately simple: a script used by (almost) one language decides
 * by itself; German is told from English by localized namespaces and function words; anything else
 * is English, the project's default.
 */
public final class LanguageGuess {

    public static final String DEFAULT = "en";

    /** Scripts whose presence names the language. Cyrillic, Arabic, Devanagari, Han are shared. */
    private static final Map<Character.UnicodeScript, String> SCRIPT_LANGUAGES = scriptLanguages();

    /** Share of letters a script needs to decide; English articles quote other scripts too. */
    private static final double SCRIPT_SHARE = 0.3;

    /** Only the start is examined; a few hundred kilobytes are plenty. */
    private static final int SAMPLE = 200_000;

    private static final Pattern GERMAN_NAMESPACE =
            Pattern.compile("\\[\\[(?:Datei|Kategorie|Bild|Vorlage|Benutzer):");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Set<String> GERMAN_WORDS = Set.of(
            "der", "die", "und", "nicht", "das", "ist", "mit", "von", "den", "dem", "des", "ein", "eine",
            "auf", "für", "wird", "sich", "wurde", "auch", "bei", "nach", "zum", "zur", "werden");
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the", "and", "of", "to", "is", "was", "for", "with", "that", "from", "by", "as", "which",
            "were", "his", "her", "are", "this", "has", "have");

    private LanguageGuess() {
    }

    /** A BCP 47 language code for {@code wikitext}: "ml", "de", …, or "en". */
    public static String guess(String wikitext) {
        String sample = wikitext.length() > SAMPLE ? wikitext.substring(0, SAMPLE) : wikitext;
        String byScript = byScript(sample);
        if (byScript != null) {
            return byScript;
        }
        return looksGerman(sample) ? "de" : DEFAULT;
    }

    private static String byScript(String text) {
        Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        for (Map.Entry<Character.UnicodeScript, String> e : SCRIPT_LANGUAGES.entrySet()) {
            if (counts.getOrDefault(e.getKey(), 0) > letters * SCRIPT_SHARE) {
                return e.getValue();
            }
        }
        return null;
    }

    private static boolean looksGerman(String text) {
        int german = 0;
        int english = 0;
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String w = words.group();
            if (GERMAN_WORDS.contains(w)) {
                german++;
            } else if (ENGLISH_WORDS.contains(w)) {
                english++;
            }
        }
        Matcher ns = GERMAN_NAMESPACE.matcher(text);
        int namespaces = 0;
        while (ns.find()) {
            namespaces++;
        }
        // Localized namespaces are strong evidence, but English articles quote German phrases, so the
        // function words must still not lose to English ones by much.
        return namespaces >= 2 ? german * 2 > english : german >= 20 && german > english;
    }

    private static Map<Character.UnicodeScript, String> scriptLanguages() {
        Map<Character.UnicodeScript, String> m = new EnumMap<>(Character.UnicodeScript.class);
        m.put(Character.UnicodeScript.MALAYALAM, "ml");
        m.put(Character.UnicodeScript.TAMIL, "ta");
        m.put(Character.UnicodeScript.TELUGU, "te");
        m.put(Character.UnicodeScript.KANNADA, "kn");
        m.put(Character.UnicodeScript.GUJARATI, "gu");
        m.put(Character.UnicodeScript.GURMUKHI, "pa");
        m.put(Character.UnicodeScript.GEORGIAN, "ka");
        m.put(Character.UnicodeScript.ARMENIAN, "hy");
        m.put(Character.UnicodeScript.GREEK, "el");
        m.put(Character.UnicodeScript.HEBREW, "he");
        m.put(Character.UnicodeScript.THAI, "th");
        m.put(Character.UnicodeScript.HANGUL, "ko");
        return m;
    }
}
