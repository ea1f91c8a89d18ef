package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.ListItem;
import org.lector.document.Text;

/**
 * List templates. The inline ones, which infoboxes use for short lists, read as one run joined
 * with ", ": {@code {{plainlist}}} and {@code {{flatlist}}} wrap a "* a\n* b" list (nested "**"
 * items join too), {@code {{ubl}}}/{@code {{hlist}}} take the items as positional parameters.
 * {@code {{ordered list}}} and {@code {{unordered list}}} are real lists and become a
 * {@link ListBlock}. {@code {{columns-list|colwidth=30em|* a\n* b}}} and {@code {{div col|content=…}}}
 * set a whole list (a "See also" section, often all of it) in columns: the list is read as blocks.
 * {@code {{collapsible list|title=Members|a|b}}} reads "Members: a, b".
 */
final class ListTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("plainlist", "plain list", "flatlist", "flat list", "startflatlist", "ubl", "ublist",
                "unbulleted list", "hlist", "bulleted list", "bull list", "blist", "ordered list", "unordered list",
                "olist", "columns-list", "columns list", "col-list", "collist", "div col", "div-col", "divcol",
                "colbegin", "col-begin", "collapsible list");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "plainlist", "plain list", "flatlist", "flat list", "startflatlist" ->
                    inline(starredItems(call.first("1")), context);
            case "ordered list", "olist" -> block(ListBlock.Kind.ORDERED, call, context);
            case "columns-list", "columns list", "col-list", "collist" -> blocks(call.first("1", "content"), context);
            // without content= these open columns around the lines that follow, which are read as they are
            case "div col", "div-col", "divcol", "colbegin", "col-begin" -> blocks(call.first("content"), context);
            case "collapsible list" -> collapsible(call, context);
            case "unordered list", "bulleted list", "bull list", "blist" -> block(ListBlock.Kind.BULLET, call, context);
            default -> inline(positional(call), context);
        };
    }

    /** Lines starting with "*" (any depth) are items; other lines (a {{Tree list}} wrapper) are dropped. */
    static List<String> starredItems(String wikitext) {
        List<String> items = new ArrayList<>();
        for (String line : wikitext.split("\\R")) {
            String t = line.trim();
            if (t.startsWith("*")) {
                String item = t.replaceFirst("^\\*+", "").trim();
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
        }
        return items;
    }

    private static List<String> positional(TemplateCall call) {
        List<String> items = new ArrayList<>();
        for (String a : call.args()) {
            String t = Inlines.stripComments(a);
            if (!t.isEmpty()) {
                items.add(t);
            }
        }
        return items;
    }

    private static TemplateResult inline(List<String> items, TemplateContext context) {
        List<List<Inline>> runs = new ArrayList<>();
        for (String item : items) {
            runs.add(context.parseInline(item));
        }
        List<Inline> joined = Inlines.join(runs, ", ");
        return joined.isEmpty() ? TemplateResult.nothing() : TemplateResult.inlines(joined);
    }

    private static TemplateResult blocks(String wikitext, TemplateContext context) {
        return wikitext.isEmpty() ? TemplateResult.nothing() : TemplateResult.blocks(context.parseBlocks(wikitext));
    }

    /** "Title: a, b, c"; the title alone when the list is empty. */
    private static TemplateResult collapsible(TemplateCall call, TemplateContext context) {
        List<Inline> items = Inlines.join(positional(call).stream().map(context::parseInline).toList(), ", ");
        List<Inline> title = context.parseInline(call.first("title"));
        if (title.isEmpty() || items.isEmpty()) {
            return TemplateResult.inlinesOrNothing(title.isEmpty() ? items : title);
        }
        List<Inline> out = new ArrayList<>(title);
        out.add(new Text(": "));
        out.addAll(items);
        return TemplateResult.inlines(out);
    }

    private static TemplateResult block(ListBlock.Kind kind, TemplateCall call, TemplateContext context) {
        List<ListItem> items = new ArrayList<>();
        for (String item : positional(call)) {
            items.add(new ListItem(List.of(), context.parseInline(item), List.of()));
        }
        return items.isEmpty() ? TemplateResult.nothing() : TemplateResult.block(new ListBlock(kind, items));
    }
}
