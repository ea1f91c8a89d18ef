package org.lector.wikitext.templates;

import java.util.Set;
import org.lector.document.Text;

/**
 * {@code {{inflation}}} and kin compute an amount from a price index Lector does not have: the
 * value is unknown ({@link Text#UNKNOWN}), and the script builder leaves out the parenthesis
 * that holds it. {@code {{inflation-fn}}} (the footnote naming the index) gives nothing.
 */
final class InflationTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("inflation", "inflation-year", "inflation/year", "inflation-fn");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        if (call.key().equals("inflation-fn")) {
            return TemplateResult.nothing();
        }
        context.warn("inflation-adjusted amounts cannot be computed here; the parenthesis holding them was left out");
        return TemplateResult.inline(new Text(String.valueOf(Text.UNKNOWN)));
    }
}
