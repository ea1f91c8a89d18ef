package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Templates that colour a table cell or a legend swatch and print a word beside it: the colour
 * is lost on a listener, the word is kept. {@code {{legend|#fab274|Dutch language area}}},
 * {@code {{n/a}}} ("N/A" unless given a text), {@code {{bartable}}}; in cast tables
 * {@code {{CMain}}}, {@code {{CRecurring}}}, {@code {{CGuest}}}; in release tables
 * {@code {{Version|o|0.1}}}, a status letter (old, current, preview) and the version.
 */
final class TableCellTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("legend", "legend inline", "legend striped", "n/a", "na", "bartable", "cmain", "crecurring",
                "cguest", "version");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "legend", "legend inline" -> TemplateResult.inlinesOrNothing(context.parseInline(call.first("2", "text")));
            case "legend striped" -> TemplateResult.inlinesOrNothing(context.parseInline(call.first("3", "text")));
            case "n/a" -> call.arg(1).isEmpty() ? TemplateResult.inlines(Inlines.printed(context, "N/A"))
                    : TemplateResult.inlinesOrNothing(context.parseInline(call.arg(1)));
            case "na" -> TemplateResult.inlines(Inlines.printed(context, "N/A"));
            case "cmain" -> TemplateResult.inlines(Inlines.printed(context, "Main"));
            case "crecurring" -> TemplateResult.inlines(Inlines.printed(context, "Recurring"));
            case "cguest" -> TemplateResult.inlines(Inlines.printed(context, "Guest"));
            case "version" -> TemplateResult.inlinesOrNothing(context.parseInline(call.arg(2)));
            // bartable: the value; the bar drawn beside it says it again
            default -> TemplateResult.inlinesOrNothing(context.parseInline(call.arg(1)));
        };
    }
}
