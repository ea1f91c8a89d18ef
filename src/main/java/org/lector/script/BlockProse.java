package org.lector.script;

import java.util.ArrayList;
import java.util.List;

/**
 * Every text of a block in reading order, its parts' included: a table's caption, then each
 * row's spoken sentence and its cells; a figure group's caption, then its figures; a quote, then
 * its source. What counts, checks or lists every sentence walks this.
 */
public final class BlockProse implements ScriptBlock.Visitor<List<Prose>> {
    private static final BlockProse INSTANCE = new BlockProse();

    private BlockProse() {
    }

    public static List<Prose> of(ScriptBlock block) {
        return block.accept(INSTANCE);
    }

    /** Every sentence of a block and its parts, in reading order. */
    public static List<Sentence> sentences(ScriptBlock block) {
        List<Sentence> out = new ArrayList<>();
        for (Prose p : of(block)) {
            out.addAll(p.sentences());
        }
        return out;
    }

    @Override
    public List<Prose> heading(ScriptBlock.Heading h) {
        return List.of(h.text());
    }

    @Override
    public List<Prose> paragraph(ScriptBlock.Paragraph p) {
        return List.of(p.text());
    }

    @Override
    public List<Prose> quote(ScriptBlock.Quote q) {
        return List.of(q.text(), q.source());
    }

    @Override
    public List<Prose> figure(ScriptBlock.Figure f) {
        return List.of(f.text());
    }

    @Override
    public List<Prose> figureGroup(ScriptBlock.FigureGroup g) {
        List<Prose> out = new ArrayList<>(List.of(g.text()));
        g.figures().forEach(f -> out.add(f.text()));
        return out;
    }

    @Override
    public List<Prose> list(ScriptBlock.ListBlock l) {
        List<Prose> out = new ArrayList<>();
        l.items().forEach(i -> out.add(i.text()));
        return out;
    }

    @Override
    public List<Prose> table(ScriptBlock.Table t) {
        List<Prose> out = new ArrayList<>(List.of(t.text()));
        for (ScriptBlock.Row r : t.rows()) {
            out.add(r.text());
            r.cells().forEach(c -> out.add(c.text()));
        }
        return out;
    }

    @Override
    public List<Prose> hatnote(ScriptBlock.Hatnote h) {
        return List.of(h.text());
    }

    @Override
    public List<Prose> infobox(ScriptBlock.Infobox i) {
        List<Prose> out = new ArrayList<>(List.of(i.text()));
        i.entries().forEach(e -> out.add(e.text()));
        return out;
    }

    @Override
    public List<Prose> formula(ScriptBlock.Formula f) {
        return List.of(f.text());
    }

    @Override
    public List<Prose> note(ScriptBlock.Note n) {
        return List.of(n.text());
    }
}
