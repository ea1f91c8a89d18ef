package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Table;

/**
 * {@code {{Spaceflight crew|position1=Commander|crew1_up=[[Neil Armstrong]]|…}}}, the crew table of
 * a spaceflight article: one row per position with the crew member who flew it (launch crew, then
 * the landing crew where it differs), headed "Position" and the terminology= word (Astronaut,
 * Cosmonaut…). The count of flights each had is a small annotation and is left out.
 */
final class SpaceflightCrewTemplate implements TemplateHandler {
    private static final int MAX_POSITIONS = 12;

    @Override
    public Set<String> names() {
        return Set.of("spaceflight crew");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        boolean landing = false;
        for (int n = 1; n <= MAX_POSITIONS; n++) {
            landing |= !call.first("crew" + n + "_down").isEmpty();
        }
        String who = call.first("terminology").isEmpty() ? "Astronaut" : call.first("terminology");
        List<Table.Row> rows = new ArrayList<>();
        List<Table.Cell> header = new ArrayList<>(List.of(new Table.Cell(true, 1, Inlines.text("Position")),
                new Table.Cell(true, 1, Inlines.text(landing ? "Launching " + who.toLowerCase(Locale.ROOT) : who))));
        if (landing) {
            header.add(new Table.Cell(true, 1, Inlines.text("Landing " + who.toLowerCase(Locale.ROOT))));
        }
        rows.add(new Table.Row(header));
        for (int n = 1; n <= MAX_POSITIONS; n++) {
            List<Inline> position = context.parseInline(call.first("position" + n));
            List<Inline> up = context.parseInline(call.first("crew" + n + "_up"));
            if (position.isEmpty() && up.isEmpty()) {
                continue;
            }
            List<Table.Cell> cells = new ArrayList<>(List.of(new Table.Cell(true, 1, position),
                    new Table.Cell(false, 1, up)));
            if (landing) {
                cells.add(new Table.Cell(false, 1, context.parseInline(call.first("crew" + n + "_down"))));
            }
            rows.add(new Table.Row(cells));
        }
        if (rows.size() == 1) {
            return TemplateResult.nothing();
        }
        return TemplateResult.block(new Table(List.of(), rows));
    }
}
