package org.lector.wikitext.templates;

import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * The {@code {{harv}}} family: author–date citations printed in the running text (or, usually,
 * inside a {@code <ref>} the parser handles), never a note of their own. Brackets follow the
 * settings each template passes to Module:Footnotes.
 */
public final class HarvHandler implements TemplateHandler {
    private static final Map<String, ShortCitationFormatter.Style> STYLES = Map.ofEntries(
            Map.entry("harv", ShortCitationFormatter.HARV),
            Map.entry("harvard citation", ShortCitationFormatter.HARV),
            Map.entry("harvnb", ShortCitationFormatter.HARVNB),
            Map.entry("harvard citation no brackets", ShortCitationFormatter.HARVNB),
            Map.entry("harvtxt", ShortCitationFormatter.HARVTXT),
            Map.entry("harvard citation text", ShortCitationFormatter.HARVTXT),
            Map.entry("harvp", ShortCitationFormatter.HARVP),
            Map.entry("harvcol", ShortCitationFormatter.HARVCOL),
            Map.entry("harvcolnb", ShortCitationFormatter.HARVCOLNB),
            Map.entry("harvcoltxt", ShortCitationFormatter.HARVCOLTXT));

    @Override
    public Set<String> names() {
        return STYLES.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        ShortCitation c = ShortCitationReader.read(call, context);
        if (c.authors().isEmpty() && c.year().isEmpty()) {
            context.warn("{{" + call.name() + "}} without author or year: dropped");
            return TemplateResult.nothing();
        }
        ShortCitationFormatter.Style style = STYLES.getOrDefault(call.key(), ShortCitationFormatter.HARVNB);
        String ps = ShortCitationReader.postscript(call, context, "postscript", "ps", "");
        context.recordCitation(c.toCitation());
        return TemplateResult.inline(new Text(ShortCitationFormatter.format(c, style, ps)));
    }
}
