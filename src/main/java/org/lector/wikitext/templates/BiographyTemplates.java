package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Text;
import org.lector.wikitext.CharacterReferences;

/**
 * Facts of a life as infoboxes and lists write them: {@code {{marriage|[[Michelle Robinson]]|1992}}}
 * reads as the spouse, then "(m. 1992)" with the end year when given; {@code {{died in|1953}}}
 * as "d. 1953".
 */
final class BiographyTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("marriage", "died in");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        if (call.key().equals("died in")) {
            return TemplateResult.inlines(Inlines.printed(context, ("d. " + call.arg(1)).trim()));
        }
        List<Inline> out = new ArrayList<>(context.parseInline(call.arg(1)));
        String years = call.arg(2) + (call.arg(3).isEmpty() ? "" : "–" + call.arg(3));
        if (!call.arg(2).isEmpty()) {
            out.add(new Text(" (m. " + CharacterReferences.decode(years, context::warn) + ")"));
        }
        return TemplateResult.inlinesOrNothing(out);
    }
}
