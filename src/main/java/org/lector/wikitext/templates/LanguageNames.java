package org.lector.wikitext.templates;

import java.util.Locale;
import java.util.Map;

/**
 * English names of languages for "Russian: текст" ({@code {{lang-ru}}}, {@code {{langx}}},
 * {@code {{in lang}}}). A short table for the codes Wikipedia articles use most, including the
 * historical ones Java's Locale does not name; other codes fall back to Locale's English name.
 */
final class LanguageNames {
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ru", "Russian"), Map.entry("de", "German"), Map.entry("fr", "French"),
            Map.entry("la", "Latin"), Map.entry("el", "Greek"), Map.entry("grc", "Ancient Greek"),
            Map.entry("ar", "Arabic"), Map.entry("he", "Hebrew"), Map.entry("hbo", "Biblical Hebrew"),
            Map.entry("arc", "Aramaic"), Map.entry("syc", "Classical Syriac"), Map.entry("zh", "Chinese"),
            Map.entry("ja", "Japanese"), Map.entry("ka", "Georgian"), Map.entry("nl", "Dutch"),
            Map.entry("es", "Spanish"), Map.entry("it", "Italian"), Map.entry("pt", "Portuguese"),
            Map.entry("fa", "Persian"), Map.entry("uk", "Ukrainian"), Map.entry("pl", "Polish"),
            Map.entry("tr", "Turkish"), Map.entry("hi", "Hindi"), Map.entry("ml", "Malayalam"),
            Map.entry("sa", "Sanskrit"), Map.entry("ang", "Old English"), Map.entry("enm", "Middle English"),
            Map.entry("fro", "Old French"), Map.entry("xno", "Anglo-Norman"), Map.entry("non", "Old Norse"),
            Map.entry("goh", "Old High German"), Map.entry("brh", "Brahui"), Map.entry("mag", "Magahi"),
            Map.entry("sw", "Swahili"), Map.entry("en", "English"), Map.entry("li", "Limburgish"),
            Map.entry("wa", "Walloon"), Map.entry("lb", "Luxembourgish"), Map.entry("ota", "Ottoman Turkish"));

    private LanguageNames() {
    }

    /** The English name of a BCP 47 code ("ru" → "Russian"); empty when unknown. */
    static String of(String code) {
        String c = code.trim().toLowerCase(Locale.ROOT);
        String known = NAMES.get(c);
        if (known != null) {
            return known;
        }
        String base = c.contains("-") ? c.substring(0, c.indexOf('-')) : c;
        known = NAMES.get(base);
        if (known != null) {
            return known;
        }
        if (!base.matches("[a-z]{2,3}")) {
            return "";
        }
        String name = Locale.forLanguageTag(base).getDisplayLanguage(Locale.ENGLISH);
        return name.equalsIgnoreCase(base) ? "" : name;
    }
}
