package org.lector.wikitext;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Namespace names that change what a link means, in the languages of the corpus (English, German,
 * Malayalam) and a few more: files become figures, categories and interlanguage links are dropped.
 */
final class Namespaces {
    private static final Set<String> FILE = Set.of(
            "file", "image", "media", "datei", "bild", "fichier", "archivo", "imagen", "immagine",
            "plik", "bestand", "afbeelding", "файл", "изображение", "ചിത്രം", "പ്രമാണം", "മീഡിയ");
    private static final Set<String> CATEGORY = Set.of(
            "category", "kategorie", "catégorie", "categoría", "categoria", "kategoria", "categorie",
            "категория", "വർഗ്ഗം");
    /** Interwiki prefixes of sister projects: links to them are read by their label. */
    private static final Set<String> SISTER = Set.of(
            "w", "wikipedia", "wikt", "wiktionary", "s", "wikisource", "q", "wikiquote", "commons",
            "c", "d", "wikidata", "m", "meta", "mw", "n", "wikinews", "b", "wikibooks", "v",
            "wikiversity", "voy", "wikivoyage", "species", "wikispecies", "foundation", "wmf", "phab");
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[a-z]{2,8})*|simple");

    private Namespaces() {
    }

    static String prefixOf(String target) {
        int colon = target.indexOf(':');
        return colon <= 0 ? "" : target.substring(0, colon).trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static boolean isFile(String prefix) {
        return FILE.contains(prefix);
    }

    static boolean isCategory(String prefix) {
        return CATEGORY.contains(prefix);
    }

    static boolean isSister(String prefix) {
        return SISTER.contains(prefix);
    }

    /** {@code [[de:Foo]]}: a link to the same article in another language, not part of the text. */
    static boolean isInterlanguage(String prefix) {
        return LANGUAGE_CODE.matcher(prefix).matches() && !SISTER.contains(prefix);
    }
}
