package org.lector.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lector.document.Block;
import org.lector.document.Blocks;
import org.lector.document.Emphasis;
import org.lector.document.Figure;
import org.lector.document.FigureGroup;
import org.lector.document.Formula;
import org.lector.document.Hatnote;
import org.lector.document.Infobox;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.ListItem;
import org.lector.document.MathInline;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Quote;
import org.lector.document.Table;
import org.lector.document.Text;

/** Turns the document blocks of one section into script blocks, one method per block kind. */
final class SectionBlocks {
    private final NoteTexts noteTexts;
    private final ProseFactory prose;
    private final ItemIds ids;
    private final List<ScriptBlock> blocks = new ArrayList<>();

    SectionBlocks(NoteTexts noteTexts, ProseFactory prose, ItemIds ids) {
        this.noteTexts = noteTexts;
        this.prose = prose;
        this.ids = ids;
    }

    List<ScriptBlock> blocks() {
        return blocks;
    }

    void add(Block block) {
        if (block instanceof Paragraph p) {
            paragraph(p.content());
        } else if (block instanceof Figure f) {
            blocks.add(figure(f, ids.next("f"), null));
        } else if (block instanceof FigureGroup g) {
            figureGroup(g);
        } else if (block instanceof Quote q) {
            quote(q);
        } else if (block instanceof ListBlock l) {
            list(l);
        } else if (block instanceof Table t) {
            TableBlocks.of(t, ids.next("t"), noteTexts, prose).ifPresent(blocks::add);
        } else if (block instanceof Hatnote h) {
            hatnote(h);
        } else if (block instanceof Formula f) {
            blocks.add(formula(ids.next("m"), f.tex()));
        } else if (block instanceof Infobox i) {
            infobox(i);
        } else {
            throw new IllegalStateException("no script form for block " + block.getClass().getSimpleName());
        }
    }

    private TextAssembler assemble(List<Inline> content) {
        return new TextAssembler(noteTexts).add(content);
    }

    private void paragraph(List<Inline> content) {
        MathInline sole = ScriptBuilder.soleFormula(content);
        if (sole != null) {
            blocks.add(formula(ids.next("m"), sole.tex()));
            return;
        }
        TextAssembler a = assemble(content);
        if (!a.text().isEmpty()) {
            String id = ids.next("p");
            blocks.add(new ScriptBlock.Paragraph(id, prose.split(a, id)));
        }
    }

    private ScriptBlock.Formula formula(String id, String tex) {
        List<Span> spans = List.of(new Span(SpanKind.FORMULA, 0, tex.length(), tex));
        Prose text = new Prose(tex, spans, List.of(), List.of(new Sentence(id + ".1", 0, tex.length(), null)));
        return new ScriptBlock.Formula(id, tex, text);
    }

    /**
     * A figure's text is its caption, the words printed under the image, so nothing a sighted
     * reader sees is lost; without a caption, its description. The description is what stands in
     * for the image itself: the author's alt text, else the caption, else the file name made
     * readable. Alt text that only points at the caption ("Refer to caption") describes nothing.
     */
    private ScriptBlock.Figure figure(Figure f, String id, String group) {
        TextAssembler caption = assemble(f.caption());
        String alt = isPlaceholderAlt(f.alt(), caption.text()) ? "" : f.alt().strip();
        String description = !alt.isEmpty() ? alt
                : !caption.text().isEmpty() ? caption.text() : ScriptBuilder.readableFileName(f.fileName());
        TextAssembler text = caption.text().isEmpty() ? new TextAssembler(noteTexts).addText(description) : caption;
        return new ScriptBlock.Figure(id, prose.splitOrEmpty(text, id), description, caption.text(), alt,
                f.fileName(), group);
    }

    private static boolean isPlaceholderAlt(String alt, String caption) {
        String a = alt.strip().toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "");
        return a.isEmpty() || a.matches("(please )?(refer to|see)( the)? (caption|adjacent text|text)")
                || a.equals(caption.strip().toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", ""));
    }

    private void figureGroup(FigureGroup g) {
        String id = ids.next("g");
        List<ScriptBlock.Figure> figures = new ArrayList<>();
        int k = 0;
        for (Figure f : g.figures()) {
            figures.add(figure(f, id + ".f" + (++k), id));
        }
        blocks.add(new ScriptBlock.FigureGroup(id, prose.splitOrEmpty(assemble(g.caption()), id), figures));
    }

    private void quote(Quote q) {
        TextAssembler body = assemble(Blocks.flatten(q.body()));
        if (body.text().isEmpty()) {
            return;
        }
        String id = ids.next("q");
        Prose source = prose.whole(assemble(q.source()), id + ".src");
        blocks.add(new ScriptBlock.Quote(id, prose.split(body, id), source));
    }

    /**
     * A list becomes one list block; a formula standing alone in it (":<math>…</math>", the way
     * wikitext indents a displayed formula) is a formula block between the list's parts.
     */
    private void list(ListBlock list) {
        OpenList open = new OpenList(ids.next("l"));
        addItems(list, 1, open);
        open.close();
    }

    /** The list block being filled; a formula between items closes it and the items after it open another. */
    private final class OpenList {
        private String id;
        private final List<ScriptBlock.ListItem> items = new ArrayList<>();

        OpenList(String id) {
            this.id = id;
        }

        String nextItemId() {
            return id + ".i" + (items.size() + 1);
        }

        void close() {
            if (!items.isEmpty()) {
                blocks.add(new ScriptBlock.ListBlock(id, items));
            }
        }

        void interruptWith(ScriptBlock.Formula formula) {
            close();
            blocks.add(formula);
            if (!items.isEmpty()) {
                id = ids.next("l");
                items.clear();
            }
        }
    }

    private void addItems(ListBlock list, int depth, OpenList open) {
        ScriptBlock.ListKind kind = ScriptBlock.ListKind.valueOf(list.kind().name());
        int ordinal = 0;
        for (ListItem item : list.items()) {
            ordinal++;
            MathInline sole = item.term().isEmpty() ? ScriptBuilder.soleFormula(item.content()) : null;
            if (sole != null) {
                open.interruptWith(formula(ids.next("m"), sole.tex()));
            } else {
                TextAssembler a = new TextAssembler(noteTexts);
                if (!item.term().isEmpty()) {
                    a.add(List.of(new Emphasis(Emphasis.Style.BOLD, item.term())));
                    if (!item.content().isEmpty()) {
                        a.add(List.of(new Text(": ")));
                    }
                }
                a.add(item.content());
                if (!a.text().isEmpty()) {
                    String itemId = open.nextItemId();
                    int shown = kind == ScriptBlock.ListKind.ORDERED ? ordinal : 0;
                    open.items.add(new ScriptBlock.ListItem(itemId, kind, shown, PlainText.of(item.term()), depth,
                            prose.split(a, itemId)));
                }
            }
            for (ListBlock child : item.children()) {
                addItems(child, depth + 1, open);
            }
        }
    }

    private void hatnote(Hatnote h) {
        if (PlainText.of(h.content()).isEmpty()) {
            return;
        }
        TextAssembler a = new TextAssembler(noteTexts);
        if (!h.lead().isBlank()) {
            a.addText(h.lead() + ": ");
        }
        a.add(h.content());
        String id = ids.next("a");
        blocks.add(new ScriptBlock.Hatnote(id, ScriptBlock.HatnoteKind.valueOf(h.kind().name()), h.lead().strip(),
                prose.whole(a, id)));
    }

    private void infobox(Infobox box) {
        String id = ids.next("x");
        List<ScriptBlock.InfoboxEntry> entries = new ArrayList<>();
        for (Infobox.Entry e : box.entries()) {
            TextAssembler value = assemble(e.value());
            String label = PlainText.of(e.label()).strip();
            if (value.text().isEmpty() && label.isEmpty()) {
                continue;
            }
            String entryId = id + ".e" + (entries.size() + 1);
            entries.add(new ScriptBlock.InfoboxEntry(entryId, label, prose.wholeOrEmpty(value, entryId)));
        }
        if (!entries.isEmpty()) {
            blocks.add(new ScriptBlock.Infobox(id, prose.wholeOrEmpty(assemble(box.title()), id), entries));
        }
    }
}
