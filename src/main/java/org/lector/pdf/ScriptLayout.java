package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;

/**
 * Turns the script's items into blocks in reading order, grouping what belongs together: list
 * items into lists, rows and cells into their table, the figures of a group into a Div. Heading
 * levels are kept from skipping (H2 → H4 becomes H2 → H3), which PDF/UA forbids.
 */
final class ScriptLayout {
    private final Typesetter t;

    ScriptLayout(Typesetter t) {
        this.t = t;
    }

    List<Block> blocks(ReadingScript script) {
        List<Block> blocks = new ArrayList<>();
        List<ScriptItem> items = script.items();
        int lastLevel = 0;
        Role previous = null;
        PDStructureNode group = null;
        String groupId = null;
        if (items.isEmpty() || items.get(0).role() != Role.TITLE) {
            String title = script.title() == null || script.title().isBlank() ? "Untitled" : script.title();
            blocks.add(new HeadingBlock(t, new ScriptItem("t", Role.TITLE, 1, title, List.of(), List.of(), null, null,
                    java.util.Map.of()), 1));
            lastLevel = 1;
        }
        for (int i = 0; i < items.size(); i++) {
            ScriptItem item = items.get(i);
            if (groupId != null && !groupId.equals(item.attributes().get("group"))) {
                group = null;
                groupId = null;
            }
            switch (item.role()) {
                case TITLE -> {
                    blocks.add(new HeadingBlock(t, item, 1));
                    lastLevel = 1;
                }
                case HEADING -> {
                    int level = Math.min(Math.max(2, item.level()), lastLevel + 1);
                    blocks.add(new HeadingBlock(t, item, level));
                    lastLevel = level;
                }
                case PARAGRAPH -> blocks.add(paragraph(item, previous == Role.PARAGRAPH));
                case HATNOTE -> blocks.add(hatnote(item));
                case QUOTE -> blocks.add(new QuoteBlock(t, item));
                case FIGURE -> blocks.add(new FigureBlock(t, item, group != null ? group : t.tags().document()));
                case FIGURE_GROUP -> {
                    PDStructureElement div = t.tags().add(t.tags().document(), "Div");
                    group = div;
                    groupId = item.id();
                    if (!item.text().isBlank()) {
                        blocks.add(new TextBlock(t.tags().add(div, "P"),
                                t.lines(item, TextStyle.SERIF_ITALIC, t.size() * 0.9f, t.geometry().textWidth(), 0, LineSetter.Align.LEFT),
                                t.geometry().left(), t.size() * 0.9f * 1.35f, t.leading() * 0.8f, Flow.TEXT));
                    }
                }
                case LIST_ITEM -> {
                    int end = i;
                    while (end < items.size() && items.get(end).role() == Role.LIST_ITEM) {
                        end++;
                    }
                    blocks.add(new ListBlock(t, items.subList(i, end)));
                    i = end - 1;
                }
                case TABLE -> {
                    int end = i + 1;
                    while (end < items.size() && (items.get(end).role() == Role.ROW || items.get(end).role() == Role.CELL)) {
                        end++;
                    }
                    blocks.add(new TableBlock(t, items.subList(i, end)));
                    i = end - 1;
                }
                case ROW, CELL -> blocks.add(new TableBlock(t, List.of(new ScriptItem(item.id() + ".table", Role.TABLE, 0, "",
                        List.of(), List.of(), null, null, java.util.Map.of()), item))); // a stray row or cell: its own table
                case FORMULA -> blocks.add(formula(item));
                case NOTE -> blocks.add(new NoteBlock(t, item));
                default -> blocks.add(paragraph(item, false));
            }
            previous = item.role();
        }
        return blocks;
    }

    private Block paragraph(ScriptItem item, boolean followsParagraph) {
        PDStructureElement p = t.tags().add(t.tags().document(), "P");
        if (item.lang() != null) {
            p.setLanguage(item.lang());
        }
        // book style: paragraphs that follow paragraphs are indented, not spaced
        float indent = followsParagraph ? t.size() * 1.5f : 0;
        List<Line> lines = t.lines(item, TextStyle.SERIF, t.size(), t.geometry().textWidth(), indent, LineSetter.Align.JUSTIFY);
        return new TextBlock(p, lines, t.geometry().left(), t.leading(), followsParagraph ? 0 : t.leading() * 0.6f, Flow.TEXT);
    }

    private Block hatnote(ScriptItem item) {
        PDStructureElement p = t.tags().add(t.tags().document(), "P");
        if (item.lang() != null) {
            p.setLanguage(item.lang());
        }
        float indent = t.size() * 1.5f;
        float size = t.size() * 0.92f;
        List<Line> lines = t.lines(item, TextStyle.SERIF_ITALIC, size, t.geometry().textWidth() - indent, 0, LineSetter.Align.LEFT);
        return new TextBlock(p, lines, t.geometry().left() + indent, size * 1.4f, t.leading() * 0.4f, Flow.QUIET);
    }

    private Block formula(ScriptItem item) {
        PDStructureElement f = t.tags().add(t.tags().document(), "Formula");
        String alt = item.speech() != null && !item.speech().isBlank() ? item.speech() : item.text();
        f.setAlternateDescription(alt.isBlank() ? "formula" : alt);
        List<Line> lines = t.lines(item, TextStyle.SERIF_ITALIC, t.size(), t.geometry().textWidth(), 0, LineSetter.Align.CENTER);
        return new TextBlock(f, lines, t.geometry().left(), t.leading(), t.leading() * 0.6f, Flow.TEXT);
    }
}
