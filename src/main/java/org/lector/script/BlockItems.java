package org.lector.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.document.Block;
import org.lector.document.Figure;
import org.lector.document.FigureGroup;
import org.lector.document.Formula;
import org.lector.document.Hatnote;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.ListItem;
import org.lector.document.MathInline;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Quote;
import org.lector.document.Table;
import org.lector.document.Text;

/** Turns the blocks of one section into script items, one method per block kind. */
final class BlockItems {
    private final NoteTexts noteTexts;
    private final ItemIds ids;
    private final List<ScriptItem> items = new ArrayList<>();

    BlockItems(NoteTexts noteTexts, ItemIds ids) {
        this.noteTexts = noteTexts;
        this.ids = ids;
    }

    List<ScriptItem> items() {
        return items;
    }

    void add(Block block) {
        if (block instanceof Paragraph p) {
            paragraph(p.content());
        } else if (block instanceof Figure f) {
            figure(f, ids.next("f"), Map.of());
        } else if (block instanceof FigureGroup g) {
            figureGroup(g);
        } else if (block instanceof Quote q) {
            quote(q);
        } else if (block instanceof ListBlock l) {
            list(l, ids.next("l"), 1, new int[] {0});
        } else if (block instanceof Table t) {
            new TableItems(noteTexts, items).add(t, ids.next("t"));
        } else if (block instanceof Hatnote h) {
            hatnote(h);
        } else if (block instanceof Formula f) {
            formula(ids.next("m"), f.tex(), 0);
        }
    }

    private void paragraph(List<Inline> content) {
        MathInline formula = ScriptBuilder.soleFormula(content);
        if (formula != null) {
            formula(ids.next("m"), formula.tex(), 0);
            return;
        }
        TextAssembler a = new TextAssembler(noteTexts).add(content);
        if (!a.text().isEmpty()) {
            items.add(item(ids.next("p"), Role.PARAGRAPH, 0, a, Map.of()));
        }
    }

    private void formula(String id, String tex, int level) {
        items.add(new ScriptItem(id, Role.FORMULA, level, tex, List.of(new Span("formula", 0, tex.length(), tex)),
                List.of(), null, null, Map.of("tex", tex)));
    }

    /**
     * A figure's text is its caption, the words printed under the image, so nothing a sighted
     * reader sees is lost; without a caption, its description. The description (attribute
     * "description") is what stands in for the image itself: the author's alt text, else the
     * caption, else the file name made readable. Alt text that only points at the caption
     * ("Refer to caption") describes nothing and is ignored.
     */
    private void figure(Figure f, String id, Map<String, String> extra) {
        TextAssembler caption = new TextAssembler(noteTexts).add(f.caption());
        String alt = isPlaceholderAlt(f.alt(), caption.text()) ? "" : f.alt().strip();
        String description = !alt.isEmpty() ? alt
                : !caption.text().isEmpty() ? caption.text() : ScriptBuilder.readableFileName(f.fileName());
        TextAssembler text = caption.text().isEmpty() ? new TextAssembler(noteTexts).addText(description) : caption;
        Map<String, String> attrs = new LinkedHashMap<>(extra);
        attrs.put("file", f.fileName());
        attrs.put("description", description);
        if (!alt.isEmpty()) {
            attrs.put("alt", alt);
        }
        if (!caption.text().isEmpty()) {
            attrs.put("caption", caption.text());
        }
        items.add(new ScriptItem(id, Role.FIGURE, 0, text.text(), text.spans(), text.notes(), null, null, attrs));
    }

    private static boolean isPlaceholderAlt(String alt, String caption) {
        String a = alt.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[.\\s]+$", "");
        return a.isEmpty() || a.matches("(please )?(refer to|see)( the)? (caption|adjacent text|text)")
                || a.equals(caption.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[.\\s]+$", ""));
    }

    private void figureGroup(FigureGroup g) {
        String id = ids.next("g");
        TextAssembler caption = new TextAssembler(noteTexts).add(g.caption());
        items.add(item(id, Role.FIGURE_GROUP, 0, caption, Map.of("count", Integer.toString(g.figures().size()))));
        int k = 0;
        for (Figure f : g.figures()) {
            k++;
            figure(f, id + ".f" + k, Map.of("group", id));
        }
    }

    private void quote(Quote q) {
        TextAssembler a = new TextAssembler(noteTexts).add(org.lector.document.Blocks.flatten(q.body()));
        TextAssembler source = new TextAssembler(noteTexts).add(q.source());
        Map<String, String> attrs = source.text().isEmpty() ? Map.of() : Map.of("source", source.text());
        if (a.text().isEmpty()) {
            return;
        }
        List<NoteText> notes = new ArrayList<>(a.notes());
        notes.addAll(source.notes());
        items.add(new ScriptItem(ids.next("q"), Role.QUOTE, 0, a.text(), a.spans(), notes, null, null, attrs));
    }

    private void list(ListBlock list, String listId, int depth, int[] counter) {
        int ordinal = 0;
        for (ListItem item : list.items()) {
            ordinal++;
            MathInline formula = item.term().isEmpty() ? ScriptBuilder.soleFormula(item.content()) : null;
            if (formula != null) {
                formula(listId + ".i" + (++counter[0]), formula.tex(), depth);
            } else {
                TextAssembler a = new TextAssembler(noteTexts);
                if (!item.term().isEmpty()) {
                    a.add(List.of(new org.lector.document.Emphasis(org.lector.document.Emphasis.Style.BOLD, item.term())));
                    if (!item.content().isEmpty()) {
                        a.add(List.of(new Text(": ")));
                    }
                }
                a.add(item.content());
                if (!a.text().isEmpty()) {
                    Map<String, String> attrs = new LinkedHashMap<>();
                    attrs.put("list", list.kind().name().toLowerCase(java.util.Locale.ROOT));
                    if (list.kind() == ListBlock.Kind.ORDERED) {
                        attrs.put("ordinal", Integer.toString(ordinal));
                    }
                    if (!item.term().isEmpty()) {
                        attrs.put("term", PlainText.of(item.term()));
                    }
                    items.add(item(listId + ".i" + (++counter[0]), Role.LIST_ITEM, depth, a, attrs));
                }
            }
            for (ListBlock child : item.children()) {
                list(child, listId, depth + 1, counter);
            }
        }
    }

    private void hatnote(Hatnote h) {
        TextAssembler a = new TextAssembler(noteTexts);
        if (!h.lead().isBlank()) {
            a.addText(h.lead() + ": ");
        }
        a.add(h.content());
        if (!PlainText.of(h.content()).isEmpty()) {
            items.add(item(ids.next("a"), Role.HATNOTE, 0, a, h.lead().isBlank() ? Map.of() : Map.of("lead", h.lead())));
        }
    }

    static ScriptItem item(String id, Role role, int level, TextAssembler a, Map<String, String> attrs) {
        return new ScriptItem(id, role, level, a.text(), a.spans(), a.notes(), null, null, attrs);
    }
}
