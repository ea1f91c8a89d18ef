package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Paragraph;

/**
 * Family trees and organisation charts drawn with {@code {{tree chart}}} (and its older names
 * {@code {{chart}}}, {@code {{familytree}}}, {@code {{family tree}}}): each call is one row of
 * tiles, the positional parameters, among which a box is a short key (" |JoK| | JaK|") whose text
 * is a named parameter ({@code JoK=[[John of Kent]]}). The lines between boxes cannot be heard or
 * brailled; the names in the boxes are the content. Each row becomes a paragraph of its box texts,
 * in order, joined with commas, so a reader meets the generations in the order they are drawn.
 * The start and end templates draw nothing. The first row of an article warns once (the warning
 * counts rows) that the chart's lines were left out.
 */
final class TreeChartTemplates implements TemplateHandler {
    private static final Set<String> ROWS = Set.of("tree chart", "chart", "familytree", "family tree");

    @Override
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>(ROWS);
        for (String row : ROWS) {
            names.add(row + "/start");
            names.add(row + "/end");
        }
        return names;
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        if (!ROWS.contains(call.key())) {
            return TemplateResult.nothing();
        }
        List<List<Inline>> boxes = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String tile : call.args()) {
            String key = tile.trim();
            String text = key.isEmpty() ? "" : call.first(key);
            if (!text.isEmpty() && seen.add(key)) {
                boxes.add(context.parseInline(text));
            }
        }
        List<Inline> row = Inlines.join(boxes, ", ");
        if (row.isEmpty()) {
            return TemplateResult.nothing();
        }
        context.warn("{{" + call.key() + "}}: the chart's lines were left out and its boxes read row by row");
        return TemplateResult.block(new Paragraph(row));
    }
}
