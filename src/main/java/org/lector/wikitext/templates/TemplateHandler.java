package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Turns one family of templates into document content. One class per family; register it in
 * {@link TemplateRegistry}. Names are matched after {@link TemplateCall#normalize(String)}.
 */
public interface TemplateHandler {

    /** The normalized names this handler serves ("sfn", "quote box"). */
    Set<String> names();

    /** Name prefixes served too ("infobox" serves "infobox person"); none by default. */
    default Set<String> prefixes() {
        return Set.of();
    }

    TemplateResult handle(TemplateCall call, TemplateContext context);
}
