package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Block;
import org.lector.document.Inline;
import org.lector.document.Paragraph;
import org.lector.document.Table;
import org.lector.document.Text;

/**
 * {@code {{Largest cities|country=Belgium|city_1=Antwerp|div_1=Flanders|pop_1=536,079|…}}}, the
 * box of a country's largest cities, as the table it is: a caption ("Largest cities or towns in
 * Belgium", or name=), a header row (Rank, Name, the division's name from div_name=, Population),
 * one row per city in rank order, and the source (stat_ref=) after it. Pictures (img_N) are left
 * out. {@code {{Largest cities of X}}} keeps its table on the template's own page, which Lector
 * does not have: that one stays an unknown template.
 */
final class LargestCitiesTemplate implements TemplateHandler {
    private static final int MAX_CITIES = 50;

    @Override
    public Set<String> names() {
        return Set.of("largest cities", "largest cities list");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        boolean divisions = false;
        for (int n = 1; n <= MAX_CITIES; n++) {
            divisions |= !call.first("div_" + n).isEmpty();
        }
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(headers(call, divisions, context)));
        for (int n = 1; n <= MAX_CITIES; n++) {
            String city = call.first("city_" + n);
            if (city.isEmpty()) {
                continue;
            }
            List<Table.Cell> cells = new ArrayList<>();
            cells.add(new Table.Cell(false, 1, List.of(new Text(Integer.toString(n)))));
            cells.add(new Table.Cell(false, 1, context.parseInline(linkLabel(city))));
            if (divisions) {
                cells.add(new Table.Cell(false, 1, context.parseInline(linkLabel(call.first("div_" + n)))));
            }
            cells.add(new Table.Cell(false, 1, context.parseInline(call.first("pop_" + n))));
            rows.add(new Table.Row(cells));
        }
        if (rows.size() == 1) {
            context.warn("{{" + call.name() + "}} without cities: left out");
            return TemplateResult.nothing();
        }
        List<Block> out = new ArrayList<>();
        out.add(new Table(caption(call, context), rows));
        List<Inline> source = context.parseInline(call.first("stat_ref"));
        if (!source.isEmpty()) {
            out.add(new Paragraph(source));
        }
        return TemplateResult.blocks(out);
    }

    private static List<Inline> caption(TemplateCall call, TemplateContext context) {
        String name = call.first("name");
        if (!name.isEmpty()) {
            return context.parseInline(name);
        }
        String country = call.first("country");
        return country.isEmpty() ? Inlines.text("Largest cities")
                : Inlines.concat(Inlines.text("Largest cities or towns in "), context.parseInline(country));
    }

    private static List<Table.Cell> headers(TemplateCall call, boolean divisions, TemplateContext context) {
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(new Table.Cell(true, 1, Inlines.text("Rank")));
        cells.add(new Table.Cell(true, 1, Inlines.text("Name")));
        if (divisions) {
            String division = linkLabel(call.first("div_name", "div_link"));
            cells.add(new Table.Cell(true, 1, division.isEmpty() ? Inlines.text("Division")
                    : context.parseInline(division)));
        }
        cells.add(new Table.Cell(true, 1, Inlines.text("Population")));
        return cells;
    }

    /** "Regions of Belgium{{!}}Region" (a link written for the template to make): the label. */
    private static String linkLabel(String value) {
        int bar = value.lastIndexOf("{{!}}");
        return bar < 0 ? value : value.substring(bar + "{{!}}".length()).trim();
    }
}
