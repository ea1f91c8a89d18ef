package org.lector.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.lector.script.ScriptBlock;

/**
 * One note in the Notes section: a Note element (with the ID PDF/UA asks of notes) holding its
 * label, which links back to the first place the note is cited, and its text, set smaller with
 * the label hanging in a gutter.
 */
final class NoteBlock implements Block {
    private final String label;
    private final PDStructureElement note;
    private final PDStructureElement lbl;
    private final List<Line> labelLine;
    private final List<Line> lines;
    private final float leading;
    private final float x;
    private final float textX;

    NoteBlock(Typesetter t, ScriptBlock.Note n) {
        float size = t.size() * 0.85f;
        this.leading = size * 1.35f;
        this.label = n.label();
        float gutter = size * 2.6f;
        this.x = t.geometry().left();
        this.textX = x + gutter;
        this.note = t.tags().add(t.tags().document(), "Note");
        t.tags().identify(note, "note-" + (label.isEmpty() ? n.id() : label));
        this.lbl = t.tags().add(note, "Lbl");
        String printed = label + ".";
        InlineTag back = t.anchors().isCited(label)
                ? new InlineTag(InlineTag.Kind.LINK, label, Anchors.noteRef(label), "Back to the text citing note " + label)
                : null;
        this.labelLine = t.taggedLines(printed, back, TextStyle.SERIF, size, gutter);
        // the note's own spans only: it gets no markers for the notes it mentions
        this.lines = t.lines(n.text().text(), n.text().spans(), TextStyle.SERIF, size, t.geometry().right() - textX, 0,
                LineSetter.Align.LEFT);
    }

    @Override
    public float keepHeight() {
        return Math.min(2, lines.size()) * leading;
    }

    @Override
    public void draw(Flow flow) throws IOException {
        flow.skip(leading * 0.2f);
        flow.ensure(Math.min(2, Math.max(1, lines.size())) * leading);
        flow.targets.place(Anchors.note(label), flow.page(), flow.geometry.left(), flow.y() + leading);
        Line first = labelLine.get(0);
        // numbers right-aligned in the gutter, like a book's notes
        float shift = textX - x - first.width() - leading * 0.4f;
        flow.drawLine(first, x + Math.max(0, shift), flow.y() - leading * 0.78f, lbl, Flow.TEXT);
        flow.flowLines(lines, textX, leading, note, Flow.TEXT, null);
    }
}
