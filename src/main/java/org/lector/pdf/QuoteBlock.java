package org.lector.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.lector.script.ScriptBlock;

/**
 * A quotation, indented on both sides with a rule at its left, and its source set flush right
 * with the markers of the notes it cites.
 */
final class QuoteBlock implements Block {
    private final PDStructureElement text;
    private final PDStructureElement source;
    private final List<Line> lines;
    private final List<Line> sourceLines;
    private final float leading;
    private final float x;
    private final float spaceBefore;

    QuoteBlock(Typesetter t, ScriptBlock.Quote quote) {
        float size = t.size() * 0.95f;
        this.leading = size * 1.4f;
        float indent = t.size() * 2;
        this.x = t.geometry().left() + indent;
        float width = t.geometry().textWidth() - 2 * indent;
        this.spaceBefore = t.leading() * 0.7f;
        this.lines = t.lines(quote.text(), TextStyle.SERIF, size, width, 0, LineSetter.Align.JUSTIFY);
        this.sourceLines = quote.source().text().isBlank() ? List.of()
                : t.lines(Typesetter.prefixed("\u2014 ", quote.source()), TextStyle.SERIF_ITALIC, size, width, 0,
                        LineSetter.Align.RIGHT);
        PDStructureElement element = t.tags().add(t.tags().document(), "BlockQuote");
        this.text = t.tags().add(element, "P");
        this.source = sourceLines.isEmpty() ? null : t.tags().add(element, "P");
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
