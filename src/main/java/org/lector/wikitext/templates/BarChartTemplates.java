package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Block;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.ListItem;
import org.lector.document.Paragraph;

/**
 * Bar charts drawn with templates: {@code {{bar box|title=…|bars={{bar percent|Dutch|…|59}}…}}}
 * is its title, then a list of its bars; each {@code {{bar percent|label|colour|59}}} reads
 * "label: 59%" (its fourth parameter, when given, is the text shown instead of the number), each
 * {@code {{bar pixel|label|colour|width|caption}}} "label: caption". The bars' lengths and colours
 * are drawing; the labels and values are the content.
 */
final class BarChartTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("bar box", "bar percent", "bar pixel", "bar percent2");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "bar box" -> box(call, context);
            case "bar pixel" -> TemplateResult.inlinesOrNothing(bar(call.arg(1), call.arg(4), context));
            default -> TemplateResult.inlinesOrNothing(bar(call.arg(1),
                    call.arg(4).isEmpty() ? percent(call.arg(3)) : call.arg(4), context));
        };
    }

    private static String percent(String value) {
        return value.isEmpty() ? "" : value.endsWith("%") ? value : value + "%";
    }

    private static List<Inline> bar(String label, String value, TemplateContext context) {
        List<List<Inline>> parts = List.of(context.parseInline(label), context.parseInline(value));
        return Inlines.join(parts, ": ");
    }

    private static TemplateResult box(TemplateCall call, TemplateContext context) {
        List<ListItem> items = new ArrayList<>();
        for (String bar : topLevelCalls(call.getOrEmpty("bars"))) {
            List<Inline> item = context.parseInline(bar);
            if (!item.isEmpty()) {
                items.add(new ListItem(List.of(), item, List.of()));
            }
        }
        List<Block> out = new ArrayList<>();
        List<Inline> title = context.parseInline(call.first("title"));
        if (!title.isEmpty()) {
            out.add(new Paragraph(title));
        }
        if (!items.isEmpty()) {
            out.add(new ListBlock(ListBlock.Kind.BULLET, items));
        }
        List<Inline> caption = context.parseInline(call.first("caption"));
        if (!caption.isEmpty()) {
            out.add(new Paragraph(caption));
        }
        return out.isEmpty() ? TemplateResult.nothing() : TemplateResult.blocks(out);
    }

    /** The top-level "{{…}}" calls of a parameter value, in order (nested ones stay inside). */
    private static List<String> topLevelCalls(String wikitext) {
        List<String> calls = new ArrayList<>();
        int depth = 0;
        int start = -1;
        for (int i = 0; i + 1 < wikitext.length(); i++) {
            if (wikitext.startsWith("{{", i)) {
                if (depth++ == 0) {
                    start = i;
                }
                i++;
            } else if (wikitext.startsWith("}}", i) && depth > 0) {
                if (--depth == 0) {
                    calls.add(wikitext.substring(start, i + 2));
                }
                i++;
            }
        }
        return calls;
    }
}
