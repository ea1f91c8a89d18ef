package org.lector.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDLayoutAttributeObject;
import org.lector.script.ScriptBlock;

/**
 * A figure: the image itself is not available, so a framed placeholder stands in its place with
 * the word "Image" and the caption. The Figure element carries the description as /Alt (with
 * the caption when it says something else), so a screen reader reads one complete text.
 */
final class FigureBlock implements Block {
    private static final Color FRAME = new Color(0x88, 0x88, 0x88);

    private final PDStructureElement element;
    private final List<Line> lines = new ArrayList<>();
    private final float leading;
    private final float pad;
    private final float x;
    private final float width;
    private final float spaceBefore;
    private boolean boxed;

    FigureBlock(Typesetter t, ScriptBlock.Figure figure, PDStructureNode parent) {
        float size = t.size() * 0.9f;
        this.leading = size * 1.35f;
        this.pad = t.size() * 0.7f;
        this.spaceBefore = t.leading() * 0.8f;
        float indent = figure.inGroup() ? t.size() * 1.5f : 0;
        this.x = t.geometry().left() + indent;
        this.width = t.geometry().textWidth() - indent;
        String description = figure.description().strip();
        String caption = figure.caption().strip();
        float inner = width - 2 * pad;
        lines.addAll(t.lines("Image", List.of(), TextStyle.HEADING, size * 0.85f, inner, 0, LineSetter.Align.LEFT));
        // the text is the caption, or the description when there is none
        lines.addAll(t.lines(figure.text(), TextStyle.SERIF_ITALIC, size, inner, 0, LineSetter.Align.LEFT));
        String alt = description.isEmpty() ? caption : description;
        if (!caption.isEmpty() && !caption.equals(description)) {
            alt = alt.isEmpty() ? caption : alt + ". Caption: " + caption;
        }
        if (alt.isEmpty()) {
            alt = "Image";
        }
        this.element = t.tags().add(parent, "Figure");
        element.setAlternateDescription(alt);
    }

    @Override
    public float keepHeight() {
        return spaceBefore + lines.size() * leading + 2 * pad;
    }

    @Override
    public void draw(Flow flow) throws IOException {
        flow.skip(spaceBefore);
        flow.ensure(lines.size() * leading + 2 * pad);
        flow.moveTo(flow.y() - pad);
        flow.flowLines(lines, x + pad, leading, element, Flow.QUIET, (top, bottom) -> frame(flow, top + pad, bottom - pad));
        flow.moveTo(Math.max(flow.geometry.bottom(), flow.y() - pad));
        flow.skip(spaceBefore * 0.6f);
    }

    /** The placeholder's frame, owned by the Figure (it stands for the image). */
    private void frame(Flow flow, float top, float bottom) throws IOException {
        var cs = flow.content();
        flow.tags.begin(cs, flow.page(), element, null);
        cs.setStrokingColor(FRAME);
        cs.setLineWidth(0.6f);
        cs.setLineDashPattern(new float[] {3, 2}, 0);
        cs.addRect(x, bottom, width, top - bottom);
        cs.stroke();
        cs.setLineDashPattern(new float[] {}, 0);
        flow.tags.end(cs);
        if (!boxed) {
            boxed = true;
            PDLayoutAttributeObject layout = new PDLayoutAttributeObject();
            layout.setPlacement(PDLayoutAttributeObject.PLACEMENT_BLOCK);
            layout.setBBox(new PDRectangle(x, bottom, width, top - bottom));
            element.addAttribute(layout);
        }
    }
}
