package org.lector.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDListAttributeObject;
import org.lector.script.ScriptBlock;

/**
 * A list's items as L / LI / Lbl / LBody, a deeper item opening a nested L inside the body of
 * the item before it. Bullets and numbers hang in a gutter left of the text.
 */
final class ListBlock implements Block {
    private record Entry(PDStructureElement label, PDStructureElement body, List<Line> labelLine, List<Line> lines,
                         float x, float bodyX) {
    }

    private record Open(int level, PDStructureElement list, PDStructureElement lastBody) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final float leading;
    private final float spaceBefore;

    ListBlock(Typesetter t, ScriptBlock.ListBlock block) {
        float size = t.size();
        this.leading = t.leading();
        this.spaceBefore = leading * 0.5f;
        float gutter = size * 1.6f;
        Deque<Open> open = new ArrayDeque<>();
        for (ScriptBlock.ListItem item : block.items()) {
            int level = Math.max(1, item.depth());
            ScriptBlock.ListKind kind = item.kind();
            while (!open.isEmpty() && open.peek().level() > level) {
                open.pop();
            }
            if (open.isEmpty() || open.peek().level() < level) {
                PDStructureElement parent = open.isEmpty() ? t.tags().document()
                        : open.peek().lastBody() != null ? open.peek().lastBody() : open.peek().list();
                PDStructureElement list = t.tags().add(parent, "L");
                PDListAttributeObject numbering = new PDListAttributeObject();
                numbering.setListNumbering(switch (kind) {
                    case ORDERED -> PDListAttributeObject.LIST_NUMBERING_DECIMAL;
                    case DEFINITION -> PDListAttributeObject.LIST_NUMBERING_NONE;
                    case BULLET -> level % 2 == 1 ? PDListAttributeObject.LIST_NUMBERING_DISC : PDListAttributeObject.LIST_NUMBERING_CIRCLE;
                });
                list.addAttribute(numbering);
                open.push(new Open(level, list, null));
            }
            Open current = open.pop();
            PDStructureElement li = t.tags().add(current.list(), "LI");
            String marker = switch (kind) {
                case ORDERED -> item.ordinal() > 0 ? item.ordinal() + "." : "";
                case DEFINITION -> "";
                case BULLET -> level % 2 == 1 ? "\u2022" : "\u25E6";
            };
            float x = t.geometry().left() + (level - 1) * gutter;
            boolean hasLabel = !marker.isEmpty();
            PDStructureElement label = hasLabel ? t.tags().add(li, "Lbl") : null;
            PDStructureElement body = t.tags().add(li, "LBody");
            float bodyX = hasLabel || level > 1 ? x + gutter : x;
            List<Line> labelLine = hasLabel
                    ? t.lines(marker, List.of(), TextStyle.SERIF, size, gutter, 0, LineSetter.Align.LEFT) : List.of();
            List<Line> lines = t.lines(item.text(), TextStyle.SERIF, size, t.geometry().right() - bodyX, 0, LineSetter.Align.LEFT);
            entries.add(new Entry(label, body, labelLine, lines, x, bodyX));
            open.push(new Open(current.level(), current.list(), body));
        }
    }

    @Override
    public float keepHeight() {
        return spaceBefore + (entries.isEmpty() ? 0 : Math.min(2, entries.get(0).lines().size()) * leading);
    }

    @Override
    public void draw(Flow flow) throws IOException {
        flow.skip(spaceBefore);
        for (Entry e : entries) {
            flow.skip(leading * 0.15f);
            flow.ensure(Math.min(2, Math.max(1, e.lines().size())) * leading);
            if (e.label() != null) {
                flow.drawLine(e.labelLine().get(0), e.x(), flow.y() - leading * 0.78f, e.label(), Flow.TEXT);
            }
            flow.flowLines(e.lines(), e.bodyX(), leading, e.body(), Flow.TEXT, null);
        }
        flow.skip(spaceBefore);
    }
}
