package org.lector.wikitext.templates;

import java.util.Set;

/** Ship names with their prefix and hull number: {@code {{USS|Hornet|CV-12}}} → "USS Hornet (CV-12)", {@code {{HMS}}}. */
final class ShipTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("uss", "hms");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String prefix = call.key().equals("uss") ? "USS " : "HMS ";
        String hull = call.arg(2).isEmpty() ? "" : " (" + call.arg(2) + ")";
        return TemplateResult.inlines(Inlines.printed(context, (prefix + call.arg(1) + hull).trim()));
    }
}
