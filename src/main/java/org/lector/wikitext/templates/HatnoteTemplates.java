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

    /** Kind, lead for one page, lead for several, conjunction. */
    private record Style(Hatnote.Kind kind, String one, String many, String conjunction) {
    }

    private static final Map<String, Style> STYLES = Map.of(
            "main", new Style(Hatnote.Kind.MAIN, "Main article", "Main articles", "and"),
            "main article", new Style(Hatnote.Kind.MAIN, "Main article", "Main articles", "and"),
            "see also", new Style(Hatnote.Kind.SEE_ALSO, "See also", "See also", "and"),
            "further", new Style(Hatnote.Kind.FURTHER, "Further information", "Further information", "and"),
            "further information", new Style(Hatnote.Kind.FURTHER, "Further information", "Further information", "and"),
            "hauptartikel", new Style(Hatnote.Kind.MAIN, "Hauptartikel", "Hauptartikel", "und"),
            "siehe auch", new Style(Hatnote.Kind.SEE_ALSO, "Siehe auch", "Siehe auch", "und"));

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
        return TemplateResult.block(new Hatnote(style.kind(), lead, Inlines.proseList(pages, style.conjunction())));
    }
}
