package org.lector.wikitext.templates;

import java.util.Set;

/**
 * {@code {{rp|12}}}: a page number set as a superscript after a note mark. Printed beside the
 * mark it would be read as a stray number in the running text, so it is dropped.
 */
public final class RpHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("rp", "r page", "page needed inline");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return TemplateResult.nothing();
    }
}
