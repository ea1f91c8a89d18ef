package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Text;

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
        List<Inline> out = new ArrayList<>();
        for (String arg : call.args()) {
            List<Inline> one = context.parseInline(arg);
            if (!one.isEmpty()) {
                if (!out.isEmpty()) {
                    out.add(new Text(" "));
                }
                out.addAll(one);
            }
        }
        return TemplateResult.inlinesOrNothing(out);
    }
}
