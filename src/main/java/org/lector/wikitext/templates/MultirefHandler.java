package org.lector.wikitext.templates;

import java.util.Set;

/**
 * {@code {{multiref}}} and {@code {{multiref2}}}: several full citations in one footnote, one per
 * parameter, read one after the other.
 */
public final class MultirefHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("multiref", "multiref2");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return TemplateResult.inlinesOrNothing(
                Inlines.join(call.args().stream().map(context::parseInline).toList(), " "));
    }
}
