package org.lector.speech;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The words Lector itself says around an article's text ("Quotation:", "Row three.", "Note
 * twelve:"), from the bundle {@code org/lector/speech/Phrases} in the article's language, English
 * when there is no translation. Keys and their arguments are described in the bundle.
 */
final class Phrases {
    private final ResourceBundle bundle;
    private final Locale language;
    private final Map<String, MessageFormat> formats = new HashMap<>();

    private Phrases(ResourceBundle bundle) {
        this.bundle = bundle;
        this.language = Locale.forLanguageTag(bundle.getString("language"));
    }

    /** The phrases for an article in {@code languageTag} (BCP 47, may be null). */
    static Phrases forLanguage(String languageTag) {
        Locale locale = languageTag == null ? Locale.ROOT : Locale.forLanguageTag(languageTag);
        // no fallback to the machine's own locale: the article's language decides, else English
        return new Phrases(ResourceBundle.getBundle("org.lector.speech.Phrases", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /** The phrase {@code key} with its arguments filled in. */
    String get(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), language));
        return format.format(arguments);
    }

    /** What is said for a run in another language the voice cannot read: "Russian text". */
    String foreignText(String languageTag) {
        String name = Locale.forLanguageTag(languageTag).getDisplayLanguage(language);
        return name.isEmpty() || name.equalsIgnoreCase(languageTag) ? get("foreignText") : get("languageText", name);
    }
}
