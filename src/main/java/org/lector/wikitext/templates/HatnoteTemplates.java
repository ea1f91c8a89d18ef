package org.lector.wikitext.templates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lector.document.Hatnote;
import org.lector.document.Inline;

/**
 * Hatnotes that name their lead and list pages: {@code {{Main}}} ("Main article: A" / "Main
 * articles: A and B"), {@code {{See also}}}, {@code {{Further}}} ("Further information"), and the
 * German {@code {{Hauptartikel}}} and {@code {{Siehe auch}}}. Pages are joined as Module:Hatnote
 * list joins them ("A, B, and C"; German "A, B und C").
 */
final class HatnoteTemplates implements TemplateHandler {

    /** Lead for one page, lead for several, conjunction. */
    private record Style(String one, String many, String conjunction) {
    }

    private static final Map<String, Style> STYLES = Map.of(
            "main", new Style("Main article", "Main articles", "and"),
            "main article", new Style("Main article", "Main articles", "and"),
            "see also", new Style("See also", "See also", "and"),
            "further", new Style("Further information", "Further information", "and"),
            "further information", new Style("Further information", "Further information", "and"),
            "hauptartikel", new Style("Hauptartikel", "Hauptartikel", "und"),
            "siehe auch", new Style("Siehe auch", "Siehe auch", "und"));

    @Override
    public Set<String> names() {
        return STYLES.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        Style style = STYLES.get(call.key());
        List<List<Inline>> pages = HatnoteLinks.links(call, 1, context);
        if (pages.isEmpty()) {
            context.warn("{{" + call.name() + "}} without a page: left out");
            return TemplateResult.nothing();
        }
        String lead = pages.size() == 1 ? style.one() : style.many();
        return TemplateResult.block(new Hatnote(lead, Inlines.proseList(pages, style.conjunction())));
    }
}
