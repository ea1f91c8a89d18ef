package org.lector.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.lector.script.Chapter;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * Turns the script's sections into blocks in reading order: each section's heading, then its
 * blocks, the parts of a block (the figures of a group, the items of a list, the rows of a
 * table) inside it. Heading levels are kept from skipping (H2 → H4 becomes H2 → H3), which
 * PDF/UA forbids.
 */
final class ScriptLayout {
    private final Typesetter t;

    ScriptLayout(Typesetter t) {
        this.t = t;
    }

    /**
     * The chapters to set: the script's, opened by a chapter holding just the title when the
     * script does not start with it (an empty or hand-made script), so every PDF has its H1.
     */
    static List<Chapter> chapters(ReadingScript script, String title) {
        List<Section> sections = script.sections();
        if (!sections.isEmpty() && sections.get(0).level() == 1) {
            return script.chapters();
        }
        ScriptBlock.Heading heading = new ScriptBlock.Heading("t", 1, Prose.plain(title));
        List<Chapter> chapters = new ArrayList<>();
        chapters.add(new Chapter(1, SectionRole.LEAD, title, "t", "",
                List.of(new Section("s0", SectionRole.LEAD, heading, List.of()))));
        chapters.addAll(script.chapters());
        return chapters;
    }

    /**
     * The blocks in reading order, each made (its text set, its structure elements created) only
     * when it is asked for, so a long article is never held set as a whole: the writer draws
     * each block and lets it go.
     */
    Iterator<Block> blocks(List<Chapter> chapters) {
        Iterator<ScriptBlock> script = chapters.stream()
                .flatMap(c -> c.sections().stream())
                .flatMap(s -> Stream.concat(Stream.of((ScriptBlock) s.heading()), s.blocks().stream()))
                .iterator();
        Layout layout = new Layout();
        return new Iterator<>() {
            private final Deque<Block> made = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (made.isEmpty() && script.hasNext()) {
                    made.addAll(layout.add(script.next()));
                }
                return !made.isEmpty();
            }

            @Override
            public Block next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return made.poll();
            }
        };
    }

    /** Makes each block's layout; remembers what the next one needs to know (the last heading level, a paragraph before). */
    private final class Layout implements ScriptBlock.Visitor<List<Block>> {
        private Block last;
        private int lastLevel;
        private Block lastParagraph;

        List<Block> add(ScriptBlock block) {
            List<Block> made = block.accept(this);
            if (!made.isEmpty()) {
                last = made.get(made.size() - 1);
            }
            return made;
        }

        private boolean followsParagraph() {
            return last != null && last == lastParagraph;
        }

        public List<Block> heading(ScriptBlock.Heading h) {
            int level = h.level() == 1 ? 1 : Math.min(Math.max(2, h.level()), lastLevel + 1);
            lastLevel = level;
            return List.of(new HeadingBlock(t, h, level));
        }

        public List<Block> paragraph(ScriptBlock.Paragraph p) {
            boolean follows = followsParagraph();
            PDStructureElement element = t.tags().add(t.tags().document(), "P");
            // book style: paragraphs that follow paragraphs are indented, not spaced
            float indent = follows ? t.size() * 1.5f : 0;
            List<Line> lines = t.lines(p.text(), TextStyle.SERIF, t.size(), t.geometry().textWidth(), indent, LineSetter.Align.JUSTIFY);
            lastParagraph = new TextBlock(element, lines, t.geometry().left(), t.leading(), follows ? 0 : t.leading() * 0.6f, Flow.TEXT);
            return List.of(lastParagraph);
        }

        public List<Block> quote(ScriptBlock.Quote q) {
            return List.of(new QuoteBlock(t, q));
        }

        public List<Block> figure(ScriptBlock.Figure f) {
            return List.of(new FigureBlock(t, f, t.tags().document()));
        }

        public List<Block> figureGroup(ScriptBlock.FigureGroup g) {
            List<Block> out = new ArrayList<>();
            PDStructureElement div = t.tags().add(t.tags().document(), "Div");
            if (!g.text().text().isBlank()) {
                float size = t.size() * 0.9f;
                out.add(new TextBlock(t.tags().add(div, "P"),
                        t.lines(g.text(), TextStyle.SERIF_ITALIC, size, t.geometry().textWidth(), 0, LineSetter.Align.LEFT),
                        t.geometry().left(), size * 1.35f, t.leading() * 0.8f, Flow.TEXT));
            }
            for (ScriptBlock.Figure f : g.figures()) {
                out.add(new FigureBlock(t, f, div));
            }
            return out;
        }

        public List<Block> list(ScriptBlock.ListBlock l) {
            return l.items().isEmpty() ? List.of() : List.of(new ListBlock(t, l));
        }

        public List<Block> table(ScriptBlock.Table table) {
            return List.of(new TableBlock(t, table));
        }

        public List<Block> hatnote(ScriptBlock.Hatnote h) {
            PDStructureElement p = t.tags().add(t.tags().document(), "P");
            float indent = t.size() * 1.5f;
            float size = t.size() * 0.92f;
            List<Line> lines = t.lines(h.text(), TextStyle.SERIF_ITALIC, size, t.geometry().textWidth() - indent, 0, LineSetter.Align.LEFT);
            return List.of(new TextBlock(p, lines, t.geometry().left() + indent, size * 1.4f, t.leading() * 0.4f, Flow.QUIET));
        }

        public List<Block> infobox(ScriptBlock.Infobox i) {
            return List.of(new TableBlock(t, asTable(i)));
        }

        public List<Block> formula(ScriptBlock.Formula f) {
            PDStructureElement element = t.tags().add(t.tags().document(), "Formula");
            String speech = f.text().speech();
            String alt = !speech.isBlank() ? speech : f.tex().isBlank() ? "formula" : f.tex();
            element.setAlternateDescription(alt);
            // the block is the Formula: its formula span would only nest a second one inside it
            List<Span> spans = Typesetter.marked(f.text()).stream().filter(s -> s.kind() != SpanKind.FORMULA).toList();
            List<Line> lines = t.lines(f.text().text(), spans, TextStyle.SERIF_ITALIC, t.size(), t.geometry().textWidth(), 0,
                    LineSetter.Align.CENTER);
            return List.of(new TextBlock(element, lines, t.geometry().left(), t.leading(), t.leading() * 0.6f, Flow.TEXT));
        }

        public List<Block> note(ScriptBlock.Note n) {
            return List.of(new NoteBlock(t, n));
        }
    }

    /**
     * An infobox set as a two-column table under the caption "Infobox: <title>": each label a
     * row header (TH, Scope Row) beside its value, so a screen reader's table commands read it
     * as the pairs it is. An entry without a label spans both columns.
     */
    static ScriptBlock.Table asTable(ScriptBlock.Infobox box) {
        Prose caption = box.text().text().isBlank() ? Prose.plain("Infobox") : Typesetter.prefixed("Infobox: ", box.text());
        List<ScriptBlock.Row> rows = new ArrayList<>();
        for (ScriptBlock.InfoboxEntry e : box.entries()) {
            List<ScriptBlock.Cell> cells = new ArrayList<>();
            if (e.label().isBlank()) {
                cells.add(new ScriptBlock.Cell(e.id() + ".v", e.text(), 1, 2, 1, false, ScriptBlock.Scope.NONE, "", ""));
            } else {
                cells.add(new ScriptBlock.Cell(e.id() + ".l", Prose.plain(e.label()), 1, 1, 1, true, ScriptBlock.Scope.ROW, "", ""));
                cells.add(new ScriptBlock.Cell(e.id() + ".v", e.text(), 2, 1, 1, false, ScriptBlock.Scope.NONE, "", e.label()));
            }
            rows.add(new ScriptBlock.Row(e.id(), rows.size() + 1, false, Prose.EMPTY, cells));
        }
        return new ScriptBlock.Table(box.id(), caption, rows.size(), 2, rows);
    }
}
