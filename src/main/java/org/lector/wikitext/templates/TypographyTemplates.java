package org.lector.wikitext.templates;

import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * Templates that stand for one character or a fixed piece of punctuation: {@code {{nbsp}}},
 * {@code {{snd}}} (" – "), {@code {{ndash}}}, {@code {{mdash}}}, {@code {{'}}}, {@code {{'s}}} ….
 * Editors use them to dodge wikitext's own use of these characters; the reader sees the character.
 */
final class TypographyTemplates implements TemplateHandler {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("spaces", "\u00A0"), Map.entry("space", " "),
            Map.entry("snd", " – "), Map.entry("spaced ndash", " – "), Map.entry("spnd", " – "),
            Map.entry("sndash", " – "), Map.entry("spaced en dash", " – "),
            Map.entry("ndash", "–"), Map.entry("endash", "–"), Map.entry("en dash", "–"),
            Map.entry("mdash", "—"), Map.entry("emdash", "—"), Map.entry("em dash", "—"),
            Map.entry("spd", " — "), Map.entry("spaced mdash", " — "),
            Map.entry("'", "'"), Map.entry("`", "'"), Map.entry("'s", "'s"), Map.entry("'\"", "'\""),
            Map.entry("\"'", "\"'"), Map.entry("'-", "'"), Map.entry("·", " · "), Map.entry("dot", " · "),
            Map.entry("middot", "·"), Map.entry("bull", " • "), Map.entry("dagger", "†"),
            Map.entry("double-dagger", "‡"), Map.entry("times", "×"), Map.entry("minus", "−"));

    @Override
    public Set<String> names() {
        return SYMBOLS.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        // {{spaces|3}} and {{nbsp|3}}: several spaces read as one
        return TemplateResult.inline(new Text(SYMBOLS.get(call.key())));
    }
}
