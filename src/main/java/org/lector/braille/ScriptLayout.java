package org.lector.braille;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lector.script.Chapter;
import org.lector.script.HatnoteSelection;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;

/**
 * Decides how each block of the script appears in braille, as print blocks with their page format:
 * headings by level, paragraphs, lists with hanging indent, quotations as displayed material,
 * figures and formulas as transcriber's notes, tables in listed format (row by row, each entry
 * with its column header), the hatnotes {@code --hatnotes} keeps (by default not the disambiguation
 * ones, which only say which article this is), infoboxes as a labelled list after a transcriber's note, and the notes
 * cited in each chapter gathered under a "Notes" heading at the end of that chapter — a braille
 * reader cannot glance down at a footnote, and one list of a hundred notes at the very end of a
 * long volume is far from the text that cites them. The chapters are the script's, the same as
 * audio's tracks and the PDF's top-level bookmarks.
 */
public final class ScriptLayout {
    private final List<PrintBlock> blocks = new ArrayList<>();
    /** Notes cited since the chapter began, by group and label, in order of first citation. */
    private final Map<String, NoteText> chapterNotes = new LinkedHashMap<>();
    /** Every note emitted at some chapter's end, so notes nobody cites are not lost. */
    private final Set<String> emitted = new HashSet<>();
    /** The notes section's notes, in its order. */
    private final List<ScriptBlock.Note> notes = new ArrayList<>();
    private final HatnoteSelection hatnotes;

    private ScriptLayout(HatnoteSelection hatnotes) {
        this.hatnotes = hatnotes;
    }

    /** The script's print blocks, with the hatnotes that lead on (not the disambiguation ones). */
    public static List<PrintBlock> of(ReadingScript script) {
        return of(script, HatnoteSelection.MAIN);
    }

    public static List<PrintBlock> of(ReadingScript script, HatnoteSelection hatnotes) {
        ScriptLayout layout = new ScriptLayout(hatnotes);
        BlockPrint print = layout.new BlockPrint();
        for (Chapter chapter : script.chapters()) {
            for (Section section : chapter.sections()) {
                layout.heading(section, print);
                for (ScriptBlock block : section.blocks()) {
                    block.accept(print);
                }
            }
            layout.flushNotes();
        }
        layout.uncitedNotes();
        return List.copyOf(layout.blocks);
    }

    /** The title for the lead; none for the notes section, whose notes go to the chapters citing them. */
    private void heading(Section section, BlockPrint print) {
        if (section.role() == SectionRole.LEAD) {
            block(print(section.heading().text(), ""), BlockFormat.title());
        } else if (section.role() != SectionRole.NOTES) {
            section.heading().accept(print);
        }
    }

    /** One method per block kind; each prints the block and records the notes its text cites. */
    private final class BlockPrint implements ScriptBlock.Visitor<Void> {
        @Override
        public Void heading(ScriptBlock.Heading h) {
            block(print(h.text(), ""), BlockFormat.heading(h.level()));
            return null;
        }

        @Override
        public Void paragraph(ScriptBlock.Paragraph p) {
            block(print(p.text(), ""), BlockFormat.paragraph());
            return null;
        }

        @Override
        public Void quote(ScriptBlock.Quote q) {
            boolean sourced = !q.source().isEmpty();
            block(print(q.text(), ""), BlockFormat.displayed().withBlankAfter(sourced ? 0 : 1));
            if (sourced) {
                block(print(q.source(), "— "), new BlockFormat(4, 4, false, 0, 1, false));
            }
            return null;
        }

        @Override
        public Void figure(ScriptBlock.Figure f) {
            cite(f.text());
            StringBuilder sb = new StringBuilder("Image: ").append(f.description().isEmpty() ? "no description" : f.description());
            if (!f.caption().isEmpty() && !f.caption().equals(f.description())) {
                sb.append(". Caption: ").append(f.caption());
            }
            transcribersNote(sb.toString());
            return null;
        }

        @Override
        public Void figureGroup(ScriptBlock.FigureGroup g) {
            cite(g.text());
            transcribersNote("Group of " + g.figures().size() + " images" + (g.text().isEmpty() ? "" : ": " + g.text().text()));
            for (ScriptBlock.Figure f : g.figures()) {
                figure(f);
            }
            return null;
        }

        @Override
        public Void list(ScriptBlock.ListBlock l) {
            for (ScriptBlock.ListItem item : l.items()) {
                block(print(item.text(), listPrefix(item)), BlockFormat.listItem(item.depth()));
            }
            return null;
        }

        @Override
        public Void table(ScriptBlock.Table t) {
            cite(t.text());
            blankLineNext();
            transcribersNote("Table" + (t.text().isEmpty() ? "" : ": " + t.text().text()) + ", " + t.rowCount() + " rows and "
                    + t.columnCount() + " columns, listed row by row with each entry's column heading");
            for (ScriptBlock.Row row : t.rows()) {
                if (row.header()) {
                    row.cells().forEach(c -> cite(c.text())); // the header row: its headings are repeated with every entry
                    continue;
                }
                boolean rowStart = true;
                for (ScriptBlock.Cell cell : row.cells()) {
                    String prefix = cell.header() || cell.columnHeader().isEmpty() ? "" : cell.columnHeader() + ": ";
                    block(print(cell.text(), prefix), rowStart ? BlockFormat.tableRowStart() : BlockFormat.tableRowEntry());
                    rowStart = false;
                }
            }
            blankLineNext();
            return null;
        }

        @Override
        public Void hatnote(ScriptBlock.Hatnote h) {
            if (hatnotes.keeps(h.kind())) {
                block(print(h.text(), ""), BlockFormat.paragraph());
            }
            return null;
        }

        /**
         * Like a table, a box beside the text in print: set off by blank lines, introduced by a
         * transcriber's note, its entries listed as "label: value".
         */
        @Override
        public Void infobox(ScriptBlock.Infobox i) {
            cite(i.text());
            blankLineNext();
            transcribersNote("Infobox" + (i.text().isEmpty() ? "" : ": " + i.text().text()));
            for (ScriptBlock.InfoboxEntry e : i.entries()) {
                String prefix = e.label().isEmpty() ? "" : e.text().isEmpty() ? e.label() : e.label() + ": ";
                block(print(e.text(), prefix), BlockFormat.listItem(1));
            }
            blankLineNext();
            return null;
        }

        @Override
        public Void formula(ScriptBlock.Formula f) {
            cite(f.text());
            transcribersNote("Formula: " + f.tex());
            return null;
        }

        @Override
        public Void note(ScriptBlock.Note n) {
            notes.add(n);
            return null;
        }
    }

    private PrintText print(Prose prose, String prefix) {
        cite(prose);
        return ProsePrint.of(prose, prefix);
    }

    private void cite(Prose prose) {
        for (NoteText n : prose.notes()) {
            chapterNotes.putIfAbsent(key(n.group(), n.label()), n);
        }
    }

    private static String listPrefix(ScriptBlock.ListItem item) {
        if (item.ordinal() > 0) {
            return item.ordinal() + ". ";
        }
        if (!item.term().isEmpty() && !item.text().text().startsWith(item.term())) {
            return item.term() + ": ";
        }
        return ""; // print bullets are left out: the hanging indent shows where each item starts
    }

    private void transcribersNote(String text) {
        block(ProsePrint.transcribersNote(text), BlockFormat.transcribersNote());
    }

    private void block(PrintText text, BlockFormat format) {
        if (!text.isEmpty()) {
            blocks.add(new PrintBlock(text, format));
        }
    }

    /** Asks for a blank line before the next block (before and after a table or an infobox). */
    private void blankLineNext() {
        if (!blocks.isEmpty()) {
            PrintBlock last = blocks.remove(blocks.size() - 1);
            blocks.add(new PrintBlock(last.text(), last.format().withBlankAfter(Math.max(1, last.format().blankAfter()))));
        }
    }

    /** Ends a chapter: the notes it cited, under a "Notes" heading. */
    private void flushNotes() {
        if (chapterNotes.isEmpty()) {
            return;
        }
        block(PrintText.plain("Notes"), BlockFormat.heading(3));
        for (var e : chapterNotes.entrySet()) {
            noteEntry(e.getValue().label(), e.getValue().text());
            emitted.add(e.getKey());
        }
        chapterNotes.clear();
    }

    private void uncitedNotes() {
        List<ScriptBlock.Note> left = notes.stream().filter(n -> !emitted.contains(key(n.group(), n.label()))).toList();
        if (left.isEmpty()) {
            return;
        }
        block(PrintText.plain("Notes"), BlockFormat.heading(2));
        for (ScriptBlock.Note n : left) {
            noteEntry(n.label(), n.text().text());
        }
    }

    private void noteEntry(String label, String text) {
        block(PrintText.plain((label.isEmpty() ? "" : "[" + label + "] ") + text.replace('\n', ' ')), BlockFormat.listItem(1));
    }

    private static String key(String group, String label) {
        return group + "\u0000" + label;
    }
}
