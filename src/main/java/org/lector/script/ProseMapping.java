package org.lector.script;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The same block with every text in it, its parts' included, replaced by what a function makes
 * of it: what silences a block whole (a disambiguation hatnote, back matter read briefly) walks
 * this, so a new block kind cannot be forgotten there.
 */
public final class ProseMapping implements ScriptBlock.Visitor<ScriptBlock> {
    private final UnaryOperator<Prose> f;

    private ProseMapping(UnaryOperator<Prose> f) {
        this.f = f;
    }

    public static ScriptBlock map(ScriptBlock block, UnaryOperator<Prose> f) {
        return block.accept(new ProseMapping(f));
    }

    /** The block with no sentence left to say; its print text unchanged. */
    public static ScriptBlock silent(ScriptBlock block) {
        return map(block, p -> p.mapSentences(s -> s.withSpeech("")));
    }

    @Override
    public ScriptBlock heading(ScriptBlock.Heading h) {
        return new ScriptBlock.Heading(h.id(), h.level(), f.apply(h.text()));
    }

    @Override
    public ScriptBlock paragraph(ScriptBlock.Paragraph p) {
        return new ScriptBlock.Paragraph(p.id(), f.apply(p.text()));
    }

    @Override
    public ScriptBlock quote(ScriptBlock.Quote q) {
        return new ScriptBlock.Quote(q.id(), f.apply(q.text()), f.apply(q.source()));
    }

    @Override
    public ScriptBlock.Figure figure(ScriptBlock.Figure x) {
        return new ScriptBlock.Figure(x.id(), f.apply(x.text()), x.description(), x.caption(), x.alt(), x.file(), x.group());
    }

    @Override
    public ScriptBlock figureGroup(ScriptBlock.FigureGroup g) {
        List<ScriptBlock.Figure> figures = g.figures().stream().map(this::figure).toList();
        return new ScriptBlock.FigureGroup(g.id(), f.apply(g.text()), figures);
    }

    @Override
    public ScriptBlock list(ScriptBlock.ListBlock l) {
        return new ScriptBlock.ListBlock(l.id(), l.items().stream()
                .map(i -> new ScriptBlock.ListItem(i.id(), i.kind(), i.ordinal(), i.term(), i.depth(), f.apply(i.text())))
                .toList());
    }

    @Override
    public ScriptBlock table(ScriptBlock.Table t) {
        List<ScriptBlock.Row> rows = t.rows().stream().map(r -> new ScriptBlock.Row(r.id(), r.index(), r.header(),
                f.apply(r.text()), r.cells().stream().map(c -> new ScriptBlock.Cell(c.id(), f.apply(c.text()), c.column(),
                        c.colspan(), c.rowspan(), c.header(), c.scope(), c.columnHeader(), c.rowHeader())).toList()))
                .toList();
        return new ScriptBlock.Table(t.id(), f.apply(t.text()), t.rowCount(), t.columnCount(), rows);
    }

    @Override
    public ScriptBlock hatnote(ScriptBlock.Hatnote h) {
        return new ScriptBlock.Hatnote(h.id(), h.kind(), h.lead(), f.apply(h.text()));
    }

    @Override
    public ScriptBlock infobox(ScriptBlock.Infobox i) {
        return new ScriptBlock.Infobox(i.id(), f.apply(i.text()), i.entries().stream()
                .map(e -> new ScriptBlock.InfoboxEntry(e.id(), e.label(), f.apply(e.text()))).toList());
    }

    @Override
    public ScriptBlock formula(ScriptBlock.Formula x) {
        return new ScriptBlock.Formula(x.id(), x.tex(), f.apply(x.text()));
    }

    @Override
    public ScriptBlock note(ScriptBlock.Note n) {
        return new ScriptBlock.Note(n.id(), n.label(), n.group(), n.kind(), n.sources(), f.apply(n.text()));
    }
}
