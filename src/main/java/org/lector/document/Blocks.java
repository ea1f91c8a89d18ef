package org.lector.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Blocks read as one run of inline content, separated by line breaks: what a table cell, a
 * footnote or a quotation holds when it must be a single unit of reading.
 */
public final class Blocks {
    private Blocks() {
    }

    public static List<Inline> flatten(List<? extends Block> blocks) {
        List<Inline> out = new ArrayList<>();
        for (Block b : blocks) {
            appendBroken(out, inlineOf(b));
        }
        return out;
    }

    private static void appendBroken(List<Inline> out, List<Inline> part) {
        if (part.isEmpty()) {
            return;
        }
        if (!out.isEmpty()) {
            out.add(new LineBreak());
        }
        out.addAll(part);
    }

    private static List<Inline> inlineOf(Block b) {
        if (b instanceof Paragraph p) {
            return p.content();
        } else if (b instanceof Figure f) {
            return f.caption().isEmpty() && !f.alt().isEmpty() ? List.of(new Text(f.alt())) : f.caption();
        } else if (b instanceof FigureGroup g) {
            return flatten(g.figures());
        } else if (b instanceof Quote q) {
            return flatten(q.body());
        } else if (b instanceof ListBlock l) {
            List<Inline> out = new ArrayList<>();
            for (ListItem item : l.items()) {
                appendBroken(out, labelled(item.term(), item.content()));
                appendBroken(out, flatten(item.children()));
            }
            return out;
        } else if (b instanceof Infobox i) {
            List<Inline> out = new ArrayList<>(i.title());
            for (Infobox.Entry e : i.entries()) {
                appendBroken(out, labelled(e.label(), e.value()));
            }
            return out;
        } else if (b instanceof Hatnote h) {
            return h.content();
        } else if (b instanceof Formula f) {
            return List.of(new MathInline(f.tex(), true));
        } else if (b instanceof Table t) {
            List<Inline> out = new ArrayList<>();
            for (Table.Row r : t.rows()) {
                for (Table.Cell c : r.cells()) {
                    if (!out.isEmpty() && !c.content().isEmpty()) {
                        out.add(new Text("; "));
                    }
                    out.addAll(c.content());
                }
            }
            return out;
        }
        // Java 17 cannot switch over the sealed kinds: a new kind must be added above
        throw new IllegalStateException("block kind without a flat form: " + b.getClass().getSimpleName());
    }

    /** "label: value", or whichever of the two is there. */
    private static List<Inline> labelled(List<Inline> label, List<Inline> value) {
        List<Inline> line = new ArrayList<>(label);
        if (!label.isEmpty() && !value.isEmpty()) {
            line.add(new Text(": "));
        }
        line.addAll(value);
        return line;
    }
}
