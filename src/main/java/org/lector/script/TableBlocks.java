package org.lector.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lector.document.Table;

/**
 * Turns a table into a {@link ScriptBlock.Table} with its rows and cells. Each data cell carries
 * the text of its column header (from the first row made only of header cells) and of its row
 * header (a header cell earlier in the same row, or one above that spans down into it), so it can
 * be read as "Population: 11 million". Cells with no text, and rows left with no cells, are
 * left out; the table's row count is the source's.
 */
final class TableBlocks {
    private final NoteTexts noteTexts;
    private final ProseFactory prose;
    private final List<String> columnHeaders = new ArrayList<>();
    /** Rows still covered by a cell above that spans down, by column; and that cell's text when it is a row header. */
    private final List<Integer> coveredRows = new ArrayList<>();
    private final List<String> coveringText = new ArrayList<>();

    private TableBlocks(NoteTexts noteTexts, ProseFactory prose) {
        this.noteTexts = noteTexts;
        this.prose = prose;
    }

    static Optional<ScriptBlock.Table> of(Table table, String id, NoteTexts noteTexts, ProseFactory prose) {
        return new TableBlocks(noteTexts, prose).table(table, id);
    }

    private Optional<ScriptBlock.Table> table(Table table, String id) {
        int columns = 0;
        for (Table.Row row : table.rows()) {
            int width = 0;
            for (Table.Cell c : row.cells()) {
                width += c.colspan();
            }
            columns = Math.max(columns, width);
        }
        List<ScriptBlock.Row> rows = new ArrayList<>();
        int r = 0;
        for (Table.Row row : table.rows()) {
            r++;
            row(row, id + ".r" + r, r).ifPresent(rows::add);
        }
        Prose caption = prose.splitOrEmpty(new TextAssembler(noteTexts).add(table.caption()), id);
        return Optional.of(new ScriptBlock.Table(id, caption, table.rows().size(), columns, rows));
    }

    private Optional<ScriptBlock.Row> row(Table.Row row, String rowId, int index) {
        boolean allHeaders = row.cells().stream().allMatch(Table.Cell::header);
        List<ScriptBlock.Cell> cells = new ArrayList<>();
        int column = 0;
        String rowHeader = null;
        int c = 0;
        for (Table.Cell cell : row.cells()) {
            c++;
            while (column < coveredRows.size() && coveredRows.get(column) > 0) {
                if (rowHeader == null && coveringText.get(column) != null) {
                    rowHeader = coveringText.get(column); // a header cell from a row above still labels this row
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
            String columnHeader = "";
            String rowHeaderOfCell = "";
            if (!cell.header()) {
                if (column < columnHeaders.size()) {
                    columnHeader = columnHeaders.get(column);
                }
                if (rowHeader != null) {
                    rowHeaderOfCell = rowHeader;
                }
            }
            if (cell.header() && !allHeaders && rowHeader == null) {
                rowHeader = label;
            }
            ScriptBlock.Scope scope = !cell.header() ? ScriptBlock.Scope.NONE
                    : allHeaders ? ScriptBlock.Scope.COLUMN : ScriptBlock.Scope.ROW;
            for (int k = 0; k < cell.colspan(); k++) {
                while (coveredRows.size() <= column + k) {
                    coveredRows.add(0);
                    coveringText.add(null);
                }
                // this row counts too: the countdown below runs at the end of the row
                coveredRows.set(column + k, cell.rowspan());
                coveringText.set(column + k, cell.header() && !allHeaders ? label : null);
            }
            if (!text.isEmpty()) {
                String cellId = rowId + ".c" + c;
                cells.add(new ScriptBlock.Cell(cellId, prose.whole(a, cellId), column + 1, cell.colspan(),
                        cell.rowspan(), cell.header(), scope, columnHeader, rowHeaderOfCell));
            }
            column += cell.colspan();
        }
        for (int k = 0; k < coveredRows.size(); k++) {
            coveredRows.set(k, Math.max(0, coveredRows.get(k) - 1));
        }
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        Prose spoken = new Prose("", List.of(), List.of(), List.of(new Sentence(rowId + ".1", 0, 0, null)));
        return Optional.of(new ScriptBlock.Row(rowId, index, allHeaders, spoken, cells));
    }
}
