package org.lector.testing;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.Sentence;

/**
 * Views of a script for tests: every text in reading order with its owner's id and kind
 * (block texts and the texts of their parts: list items, rows, cells, figures of a group, a
 * quote's source, infobox entries), and every block of a kind, figures inside groups included.
 */
public final class ScriptView {
    /** One text of the script: the id of what owns it, its kind ("paragraph", "cell", "quote-source"…), the prose. */
    public record Text(String id, String kind, Prose prose) {
        public String text() {
            return prose.text();
        }
    }

    private ScriptView() {
    }

    public static List<Text> texts(ReadingScript script) {
        List<Text> out = new ArrayList<>();
        for (Section s : script.sections()) {
            out.add(new Text(s.heading().id(), s.heading().level() == 1 ? "title" : "heading", s.heading().text()));
            for (ScriptBlock b : s.blocks()) {
                b.accept(new Collector(out));
            }
        }
        return out;
    }

    public static List<Text> texts(ReadingScript script, String kind) {
        return texts(script).stream().filter(t -> t.kind().equals(kind)).toList();
    }

    public static List<Sentence> sentences(ReadingScript script) {
        List<Sentence> out = new ArrayList<>();
        texts(script).forEach(t -> out.addAll(t.prose().sentences()));
        return out;
    }

    /** Every block of a kind in reading order, the figures inside figure groups included. */
    public static <T extends ScriptBlock> List<T> blocks(ReadingScript script, Class<T> kind) {
        List<T> out = new ArrayList<>();
        for (ScriptBlock b : script.blocks()) {
            if (kind.isInstance(b)) {
                out.add(kind.cast(b));
            }
            if (b instanceof ScriptBlock.FigureGroup g && kind == ScriptBlock.Figure.class) {
                g.figures().forEach(f -> out.add(kind.cast(f)));
            }
        }
        return out;
    }

    private static final class Collector implements ScriptBlock.Visitor<Void> {
        private final List<Text> out;

        Collector(List<Text> out) {
            this.out = out;
        }

        private Void add(String id, String kind, Prose p) {
            out.add(new Text(id, kind, p));
            return null;
        }

        @Override
        public Void heading(ScriptBlock.Heading h) {
            return add(h.id(), "heading", h.text());
        }

        @Override
        public Void paragraph(ScriptBlock.Paragraph p) {
            return add(p.id(), "paragraph", p.text());
        }

        @Override
        public Void quote(ScriptBlock.Quote q) {
            add(q.id(), "quote", q.text());
            return add(q.id(), "quote-source", q.source());
        }

        @Override
        public Void figure(ScriptBlock.Figure f) {
            return add(f.id(), "figure", f.text());
        }

        @Override
        public Void figureGroup(ScriptBlock.FigureGroup g) {
            add(g.id(), "figure-group", g.text());
            g.figures().forEach(this::figure);
            return null;
        }

        @Override
        public Void list(ScriptBlock.ListBlock l) {
            l.items().forEach(i -> add(i.id(), "list-item", i.text()));
            return null;
        }

        @Override
        public Void table(ScriptBlock.Table t) {
            add(t.id(), "table", t.text());
            for (ScriptBlock.Row r : t.rows()) {
                add(r.id(), "row", r.text());
                r.cells().forEach(c -> add(c.id(), "cell", c.text()));
            }
            return null;
        }

        @Override
        public Void hatnote(ScriptBlock.Hatnote h) {
            return add(h.id(), "hatnote", h.text());
        }

        @Override
        public Void infobox(ScriptBlock.Infobox i) {
            add(i.id(), "infobox", i.text());
            i.entries().forEach(e -> add(e.id(), "infobox-entry", e.text()));
            return null;
        }

        @Override
        public Void formula(ScriptBlock.Formula f) {
            return add(f.id(), "formula", f.text());
        }

        @Override
        public Void note(ScriptBlock.Note n) {
            return add(n.id(), "note", n.text());
        }
    }
}
