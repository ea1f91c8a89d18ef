package org.lector.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.lector.script.ScriptItem;

/** A quotation, indented on both sides with a rule at its left, and its source set flush right. */
final class QuoteBlock implements Block {
    private final PDStructureElement text;
    private final PDStructureElement source;
    private final List<Line> lines;
    private final List<Line> sourceLines;
    private final float leading;
    private final float x;
    private final float spaceBefore;

    QuoteBlock(Typesetter t, ScriptItem item) {
        float size = t.size() * 0.95f;
        this.leading = size * 1.4f;
        float indent = t.size() * 2;
        this.x = t.geometry().left() + indent;
        float width = t.geometry().textWidth() - 2 * indent;
        this.spaceBefore = t.leading() * 0.7f;
        this.lines = t.lines(item, TextStyle.SERIF, size, width, 0, LineSetter.Align.JUSTIFY);
        String src = item.attributes().get("source");
        this.sourceLines = src == null || src.isBlank() ? List.of()
                : t.lines("\u2014 " + src, List.of(), TextStyle.SERIF_ITALIC, size, width, 0, LineSetter.Align.RIGHT);
        PDStructureElement quote = t.tags().add(t.tags().document(), "BlockQuote");
        if (item.lang() != null) {
            quote.setLanguage(item.lang());
        }
        this.text = t.tags().add(quote, "P");
        this.source = sourceLines.isEmpty() ? null : t.tags().add(quote, "P");
    }

    @Override
    public float keepHeight() {
        return spaceBefore + Math.min(2, lines.size()) * leading;
    }

    @Override
    public void draw(Flow flow) throws IOException {
        flow.skip(spaceBefore);
        float barX = x - leading * 0.8f;
        Flow.Segments bar = (top, bottom) -> flow.line(barX, top, barX, bottom + leading * 0.15f, 1.2f, Flow.QUIET);
        flow.flowLines(lines, x, leading, text, Flow.TEXT, bar);
        if (source != null) {
            flow.flowLines(sourceLines, x, leading, source, Flow.QUIET, bar);
        }
        flow.skip(spaceBefore);
    }
}
