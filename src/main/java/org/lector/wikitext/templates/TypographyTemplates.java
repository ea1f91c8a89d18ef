package org.lector.wikitext.templates;

import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * Templates that stand for one character or a fixed piece of punctuation: {@code {{nbsp}}},
 * {@code {{snd}}} and {@code {{snds}}} (" – "), {@code {{ndash}}}, {@code {{mdash}}}, thin spaces,
 * {@code {{'}}}, {@code {{'s}}} …; the invisible ones ({@code {{zwsp}}}, {@code {{wj}}}) are nothing.
 * Editors use them to dodge wikitext's own use of these characters; the reader sees the character.
 */
final class TypographyTemplates implements TemplateHandler {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("spaces", "\u00A0"), Map.entry("space", " "),
            Map.entry("snd", " – "), Map.entry("spaced ndash", " – "), Map.entry("spnd", " – "),
            Map.entry("sndash", " – "), Map.entry("spaced en dash", " – "), Map.entry("snds", " – "),
            Map.entry("spaced en dash space", " – "), Map.entry("spaced ndashes", " – "), Map.entry("nsndns", " – "),
            Map.entry("–", "–"), Map.entry("—", "—"), Map.entry("spaced em dash", " — "),
            Map.entry("thinsp", "\u2009"), Map.entry("thin space", "\u2009"), Map.entry("hair space", "\u200A"),
            Map.entry("nnbsp", "\u202F"), Map.entry("zwsp", ""), Map.entry("wj", ""), Map.entry("0", ""),
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
        String symbol = SYMBOLS.get(call.key());
        return symbol.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Text(symbol));
    }
}
