package org.lector.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.document.Table;

/**
 * Turns a table into a TABLE item, then ROW and CELL items. Each data cell carries the text of
 * its column header (from the first row made only of header cells) and of its row header (a
 * header cell earlier in the same row), so it can be read as "Population: 11 million".
 */
final class TableItems {
    private final NoteTexts noteTexts;
    private final List<ScriptItem> items;

    TableItems(NoteTexts noteTexts, List<ScriptItem> items) {
        this.noteTexts = noteTexts;
        this.items = items;
    }

    void add(Table table, String id) {
        List<String> columnHeaders = new ArrayList<>();
        int columns = 0;
        for (Table.Row row : table.rows()) {
            int width = 0;
            for (Table.Cell c : row.cells()) {
                width += c.colspan();
            }
            columns = Math.max(columns, width);
        }
        TextAssembler caption = new TextAssembler(noteTexts).add(table.caption());
        items.add(BlockItems.item(id, Role.TABLE, 0, caption, Map.of(
                "rows", Integer.toString(table.rows().size()), "columns", Integer.toString(columns))));
        int r = 0;
        // rows still covered by a cell above that spans down, by column; and that cell's text when it is a row header
        List<Integer> coveredRows = new ArrayList<>();
        List<String> coveringText = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            r++;
            String rowId = id + ".r" + r;
            boolean allHeaders = row.cells().stream().allMatch(Table.Cell::header);
            List<ScriptItem> cells = new ArrayList<>();
            int column = 0;
            String rowHeader = null;
            int c = 0;
            for (Table.Cell cell : row.cells()) {
                c++;
                while (column < coveredRows.size() && coveredRows.get(column) > 0) {
                    if (rowHeader == null && coveringText.get(column) != null) {
                        // a header cell from a row above still labels this row
                        rowHeader = coveringText.get(column);
                    }
                    column++;
                }
                TextAssembler a = new TextAssembler(noteTexts).add(cell.content());
                String text = a.text();
                String label = text.replaceAll("\\s*\n\\s*", " ");
                if (allHeaders && columnHeaders.size() <= column) {
                    for (int k = 0; k < cell.colspan(); k++) {
                        columnHeaders.add(label);
                    }
                }
                Map<String, String> attrs = new LinkedHashMap<>();
                attrs.put("column", Integer.toString(column + 1));
                if (cell.header()) {
                    attrs.put("header", "true");
                } else {
                    if (column < columnHeaders.size() && !columnHeaders.get(column).isEmpty()) {
                        attrs.put("columnHeader", columnHeaders.get(column));
                    }
                    if (rowHeader != null && !rowHeader.isEmpty()) {
                        attrs.put("rowHeader", rowHeader);
                    }
                }
                if (cell.header() && !allHeaders && rowHeader == null) {
                    rowHeader = label;
                }
                if (cell.colspan() > 1) {
                    attrs.put("colspan", Integer.toString(cell.colspan()));
                }
                if (cell.rowspan() > 1) {
                    attrs.put("rowspan", Integer.toString(cell.rowspan()));
                }
                for (int k = 0; k < cell.colspan(); k++) {
                    while (coveredRows.size() <= column + k) {
                        coveredRows.add(0);
                        coveringText.add(null);
                    }
                    // this row counts too: the countdown below runs at the end of the row
                    coveredRows.set(column + k, cell.rowspan());
                    coveringText.set(column + k, cell.header() && !allHeaders ? label : null);
                }
                column += cell.colspan();
                if (!text.isEmpty()) {
                    cells.add(BlockItems.item(rowId + ".c" + c, Role.CELL, 0, a, attrs));
                }
            }
            for (int k = 0; k < coveredRows.size(); k++) {
                coveredRows.set(k, Math.max(0, coveredRows.get(k) - 1));
            }
            if (!cells.isEmpty()) {
                items.add(new ScriptItem(rowId, Role.ROW, 0, "", List.of(), List.of(), null, null,
                        Map.of("index", Integer.toString(r), "header", Boolean.toString(allHeaders))));
                items.addAll(cells);
            }
        }
    }
}
