package org.lector.wikitext.templates;

import java.util.Map;
import java.util.Set;

/**
 * Trend arrows beside figures in tables: {@code {{increase}}} ▲, {@code {{decrease}}} ▼,
 * {@code {{steady}}} ▬. The "positive"/"negative" variants only colour the arrow (a rise may be
 * bad news), so they print the same arrow, as do the "neutral" ones.
 */
final class TrendTemplates implements TemplateHandler {
    private static final Map<String, String> ARROWS = Map.of(
            "increase", "▲", "increasepositive", "▲", "increasenegative", "▲",
            "decrease", "▼", "decreasepositive", "▼", "decreasenegative", "▼",
            "increaseneutral", "▲", "decreaseneutral", "▼", "steady", "▬");

    @Override
    public Set<String> names() {
        return ARROWS.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return TemplateResult.inlines(Inlines.printed(context, ARROWS.get(call.key())));
    }
}
