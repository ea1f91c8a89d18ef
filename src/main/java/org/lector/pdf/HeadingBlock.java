package org.lector.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.lector.script.ScriptBlock;

/**
 * A heading, H1 (the title) to H6, in bold sans sized by level; it never ends a page, opens its
 * bookmark and an anchor for section links, and a level-2 heading names the running head.
 */
final class HeadingBlock implements Block {
    private static final float[] SCALE = {0, 2.1f, 1.55f, 1.3f, 1.12f, 1.0f, 1.0f};
    private static final float[] SPACE_BEFORE = {0, 0, 1.8f, 1.3f, 1.0f, 0.9f, 0.9f};

    private final int level;
    private final String id;
    private final String text;
    private final List<Line> lines;
    private final PDStructureElement element;
    private final float leading;
    private final float before;
    private final float after;
    private final float x;

    HeadingBlock(Typesetter t, ScriptBlock.Heading heading, int level) {
        this.level = Math.max(1, Math.min(6, level));
        this.id = heading.id();
        this.text = heading.text().text();
        float size = t.size() * SCALE[this.level];
        this.leading = size * 1.25f;
        this.before = t.leading() * SPACE_BEFORE[this.level];
        this.after = t.leading() * (this.level == 1 ? 1.2f : 0.45f);
        this.x = t.geometry().left();
        this.lines = t.lines(heading.text(), TextStyle.HEADING, size, t.geometry().textWidth(), 0, LineSetter.Align.LEFT);
        this.element = t.tags().add(t.tags().document(), "H" + this.level);
    }

    float height() {
        return before + lines.size() * leading + after;
    }

    @Override
    public float keepHeight() {
        return height();
    }

    @Override
    public boolean keepsWithNext() {
        return true;
    }

    @Override
    public void draw(Flow flow) throws IOException {
        flow.skip(before);
        flow.ensure(lines.size() * leading);
        flow.targets.place(Anchors.heading(text), flow.page(), flow.geometry.left(), flow.y());
        flow.bookmarks.place(id, flow.page(), flow.geometry.left(), flow.y());
        if (level == 2) {
            flow.section(text);
        }
        flow.flowLines(lines, x, leading, element, Flow.TEXT, null);
        if (level == 1) {
            flow.rule(flow.geometry.left(), flow.geometry.right(), flow.y() - after * 0.4f, 0.6f, Flow.QUIET);
        }
        flow.skip(after);
    }
}
