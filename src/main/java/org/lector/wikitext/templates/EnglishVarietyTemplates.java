package org.lector.wikitext.templates;

import java.util.Map;
import java.util.Set;

/**
 * {@code {{Use British English}}} and its kin print nothing but say how the article spells and
 * reads numbers; the speech stage needs that ("kilometres", "three hundred and twenty").
 * Commonwealth varieties spell the British way; Philippine English the American way.
 */
final class EnglishVarietyTemplates implements TemplateHandler {
    private static final Map<String, String> VARIETIES = Map.ofEntries(
            Map.entry("use british english", "british"), Map.entry("use british english oxford spelling", "british"),
            Map.entry("use oxford spelling", "british"), Map.entry("engvarb", "british"),
            Map.entry("use australian english", "british"), Map.entry("use new zealand english", "british"),
            Map.entry("use indian english", "british"), Map.entry("use irish english", "british"),
            Map.entry("use hiberno-english", "british"), Map.entry("use south african english", "british"),
            Map.entry("use pakistani english", "british"), Map.entry("use singapore english", "british"),
            Map.entry("use canadian english", "british"), Map.entry("use scottish english", "british"),
            Map.entry("use american english", "american"), Map.entry("engvara", "american"),
            Map.entry("use philippine english", "american"));

    @Override
    public Set<String> names() {
        return VARIETIES.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        context.setProperty("englishVariety", VARIETIES.get(call.key()));
        return TemplateResult.nothing();
    }
}
