package org.lector.braille;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.script.NoteText;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;

/**
 * Decides how each script item appears in braille, as print blocks with their page format:
 * headings by level, paragraphs, lists with hanging indent, quotations as displayed material,
 * figures and formulas as transcriber's notes, tables in listed format (row by row, each entry
 * with its column header), and the notes cited in each top-level section gathered under a "Notes"
 * heading at the end of that section — a braille reader cannot glance down at a footnote, and
 * one list of a hundred notes at the very end of a long volume is far from the text that cites them.
 */
public final class ScriptLayout {
    private final List<PrintBlock> blocks = new ArrayList<>();
    /** Notes cited since the last top-level heading, by group and label, in order of first citation. */
    private final Map<String, NoteText> sectionNotes = new LinkedHashMap<>();
    /** Every note emitted in some section's notes, so notes nobody cites are not lost. */
    private final Map<String, Boolean> emitted = new LinkedHashMap<>();
    private boolean rowStart;
    private boolean skippingRow;
    private boolean afterTable;

    private ScriptLayout() {
    }

    public static List<PrintBlock> of(ReadingScript script) {
        ScriptLayout layout = new ScriptLayout();
        List<ScriptItem> items = script.items();
        List<ScriptItem> uncited = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ScriptItem item = items.get(i);
            boolean notesHeading = item.role() == Role.HEADING && i + 1 < items.size() && items.get(i + 1).role() == Role.NOTE;
            if (item.role() == Role.NOTE) {
                uncited.add(item);
            } else if (!notesHeading) {
                layout.add(item);
            }
        }
        layout.flushNotes();
        layout.uncitedNotes(uncited);
        return List.copyOf(layout.blocks);
    }

    private void add(ScriptItem item) {
        boolean tablePart = item.role() == Role.ROW || item.role() == Role.CELL;
        if (afterTable && !tablePart) {
            afterTable = false;
            blankLineNext();
        }
        switch (item.role()) {
            case TITLE -> block(ItemPrint.of(item), BlockFormat.title());
            case HEADING -> {
                if (item.level() <= 2) {
                    flushNotes();
                }
                block(ItemPrint.of(item), BlockFormat.heading(item.level()));
            }
            case PARAGRAPH, HATNOTE -> block(ItemPrint.of(item), BlockFormat.paragraph());
            case QUOTE -> quote(item);
            case LIST_ITEM -> block(ItemPrint.of(item, listPrefix(item)), BlockFormat.listItem(item.level()));
            case FIGURE -> figure(item);
            case FIGURE_GROUP -> note("Group of " + item.attributes().getOrDefault("count", "several") + " images"
                    + (item.text().isEmpty() ? "" : ": " + item.text()));
            case FORMULA -> note("Formula: " + item.text());
            case TABLE -> table(item);
            case ROW -> {
                skippingRow = "true".equals(item.attributes().get("header"));
                rowStart = true;
            }
            case CELL -> cell(item);
            default -> block(ItemPrint.of(item), BlockFormat.paragraph());
        }
        for (NoteText n : item.notes()) {
            sectionNotes.putIfAbsent(key(n.group(), n.label()), n);
        }
    }

    private void quote(ScriptItem item) {
        String source = item.attributes().get("source");
        block(ItemPrint.of(item), BlockFormat.displayed().withBlankAfter(source == null ? 1 : 0));
        if (source != null) {
            block(PrintText.plain("— " + source), new BlockFormat(4, 4, false, 0, 1, false));
        }
    }

    private void figure(ScriptItem item) {
        String description = item.attributes().getOrDefault("description", item.text());
        String caption = item.attributes().get("caption");
        StringBuilder sb = new StringBuilder("Image: ").append(description.isEmpty() ? "no description" : description);
        if (caption != null && !caption.isEmpty() && !caption.equals(description)) {
            sb.append(". Caption: ").append(caption);
        }
        note(sb.toString());
    }

    private void table(ScriptItem item) {
        String rows = item.attributes().getOrDefault("rows", "?");
        String columns = item.attributes().getOrDefault("columns", "?");
        blankLineNext();
        note("Table" + (item.text().isEmpty() ? "" : ": " + item.text()) + ", " + rows + " rows and " + columns
                + " columns, listed row by row with each entry's column heading");
        afterTable = true;
    }

    private void cell(ScriptItem item) {
        if (skippingRow) {
            return; // the header row: its headings are repeated with every entry
        }
        String header = item.attributes().get("columnHeader");
        String prefix = header == null || header.isEmpty() || "true".equals(item.attributes().get("header")) ? "" : header + ": ";
        block(ItemPrint.of(item, prefix), rowStart ? BlockFormat.tableRowStart() : BlockFormat.tableRowEntry());
        rowStart = false;
    }

    private static String listPrefix(ScriptItem item) {
        String ordinal = item.attributes().get("ordinal");
        String term = item.attributes().get("term");
        if (ordinal != null && !ordinal.isEmpty()) {
            return ordinal + ". ";
        }
        if (term != null && !term.isEmpty() && !item.text().startsWith(term)) {
            return term + ": ";
        }
        return ""; // print bullets are left out: the hanging indent shows where each item starts
    }

    private void note(String text) {
        block(ItemPrint.transcribersNote(text), BlockFormat.transcribersNote());
    }

    private void block(PrintText text, BlockFormat format) {
        if (!text.isEmpty()) {
            blocks.add(new PrintBlock(text, format));
        }
    }

    /** Asks for a blank line before the next block (after a table, before a table). */
    private void blankLineNext() {
        if (!blocks.isEmpty()) {
            PrintBlock last = blocks.remove(blocks.size() - 1);
            blocks.add(new PrintBlock(last.text(), last.format().withBlankAfter(Math.max(1, last.format().blankAfter()))));
        }
    }

    /** Ends a top-level section: the notes it cited, under a "Notes" heading. */
    private void flushNotes() {
        if (sectionNotes.isEmpty()) {
            return;
        }
        block(PrintText.plain("Notes"), BlockFormat.heading(3));
        for (var e : sectionNotes.entrySet()) {
            noteEntry(e.getValue().label(), e.getValue().text());
            emitted.put(e.getKey(), true);
        }
        sectionNotes.clear();
    }

    private void uncitedNotes(List<ScriptItem> notes) {
        List<ScriptItem> left = notes.stream().filter(n -> !emitted.containsKey(
                key(n.attributes().getOrDefault("group", ""), n.attributes().getOrDefault("label", "")))).toList();
        if (left.isEmpty()) {
            return;
        }
        block(PrintText.plain("Notes"), BlockFormat.heading(2));
        for (ScriptItem n : left) {
            noteEntry(n.attributes().getOrDefault("label", ""), n.text());
        }
    }

    private void noteEntry(String label, String text) {
        block(PrintText.plain((label.isEmpty() ? "" : "[" + label + "] ") + text.replace('\n', ' ')), BlockFormat.listItem(1));
    }

    private static String key(String group, String label) {
        return group + "\u0000" + label;
    }
}
