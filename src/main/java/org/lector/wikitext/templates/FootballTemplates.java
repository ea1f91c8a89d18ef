package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Football match cards: {@code {{yel|23'}}} (a yellow card and its minute) and
 * {@code {{sent off|0|54'}}} (a red card), pictures of cards read as what they mean.
 */
final class FootballTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("yel", "sent off");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String card = call.key().equals("yel") ? "yellow card " + call.arg(1) : "sent off " + call.arg(2);
        return TemplateResult.inlines(Inlines.printed(context, card.trim()));
    }
}
