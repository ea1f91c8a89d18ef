package org.lector.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;

/** A paragraph, hatnote, or any other run of lines owned by one element. */
final class TextBlock implements Block {
    private final PDStructureElement element;
    private final List<Line> lines;
    private final float x;
    private final float leading;
    private final float spaceBefore;
    private final Color color;

    TextBlock(PDStructureElement element, List<Line> lines, float x, float leading, float spaceBefore, Color color) {
        this.element = element;
        this.lines = lines;
        this.x = x;
        this.leading = leading;
        this.spaceBefore = spaceBefore;
        this.color = color;
    }

    @Override
    public float keepHeight() {
        return spaceBefore + Math.min(2, lines.size()) * leading;
    }

    @Override
    public void draw(Flow flow) throws IOException {
        flow.skip(spaceBefore);
        flow.flowLines(lines, x, leading, element, color, null);
    }
}
