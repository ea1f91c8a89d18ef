package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LineBreak;
import org.lector.document.NoteRef;
import org.lector.document.PlainText;
import org.lector.document.Table;
import org.lector.document.Text;

/**
 * Header cells written with {@code |} instead of {@code !}: editors often head a table with a
 * first row of bold cells, or with a row of plain labels over columns of numbers, and head its
 * rows with a bold first cell. A sighted reader sees them as headers; read by ear or by finger
 * each data cell needs its header to make sense, so these are marked as headers. Conservative:
 * a first row is a header only when it is bold throughout (and the rows below are not), or when
 * every cell of it is words and at least one column below is almost all numbers; a first
 * column only when it is bold in every data row and the rest of those rows is not.
 */
final class TableHeaders {
    private static final double NUMERIC_SHARE = 0.8;

    private TableHeaders() {
    }

    /** Whether a cell's attributes make it bold: {@code style="font-weight:bold"} (or 600 and up). */
    static boolean boldStyle(Map<String, String> attributes) {
        String style = attributes.getOrDefault("style", "").toLowerCase(Locale.ROOT).replace(" ", "");
        int at = style.indexOf("font-weight:");
        if (at < 0) {
            return false;
        }
        String weight = style.substring(at + "font-weight:".length()).split("[;!]", 2)[0];
        return weight.equals("bold") || weight.equals("bolder") || weight.matches("[6-9]00");
    }

    /** The rows with the header cells the layout shows; {@code boldStyled} says per cell whether its style made it bold. */
    static List<Table.Row> infer(List<Table.Row> rows, List<List<Boolean>> boldStyled) {
        List<Table.Row> out = new ArrayList<>(rows);
        if (out.size() < 2) {
            return out;
        }
        if (firstRowHeads(out, boldStyled)) {
            out.set(0, asHeaders(out.get(0), Integer.MAX_VALUE));
        }
        if (firstColumnHeads(out, boldStyled)) {
            for (int r = 0; r < out.size(); r++) {
                if (!isHeaderRow(out.get(r))) {
                    out.set(r, asHeaders(out.get(r), 1));
                }
            }
        }
        return out;
    }

    private static boolean firstRowHeads(List<Table.Row> rows, List<List<Boolean>> boldStyled) {
        Table.Row first = rows.get(0);
        if (first.cells().stream().anyMatch(Table.Cell::header) || first.cells().stream().allMatch(TableHeaders::isEmpty)) {
            return false;
        }
        boolean allBold = true;
        for (int c = 0; c < first.cells().size(); c++) {
            Table.Cell cell = first.cells().get(c);
            allBold &= isEmpty(cell) || bold(cell, boldStyled, 0, c);
        }
        if (allBold && !allBoldBelow(rows, boldStyled)) {
            return true;
        }
        return labelsOverNumbers(rows);
    }

    /** Every cell of the first row is words, and below at least one of them nearly every cell is a number. */
    private static boolean labelsOverNumbers(List<Table.Row> rows) {
        List<Integer> textColumns = new ArrayList<>();
        int column = 0;
        for (Table.Cell cell : rows.get(0).cells()) {
            if (!isEmpty(cell)) {
                if (isNumber(cell)) {
                    return false;
                }
                // a label is words: "—" or "?" over a column of numbers is a missing value, not a heading
                if (PlainText.of(cell.content()).codePoints().anyMatch(Character::isLetter)) {
                    for (int k = 0; k < cell.colspan(); k++) {
                        textColumns.add(column + k);
                    }
                }
            }
            column += cell.colspan();
        }
        for (int c : textColumns) {
            int numbers = 0;
            int filled = 0;
            for (Table.Row row : rows.subList(1, rows.size())) {
                Table.Cell cell = cellAt(row, c);
                if (cell != null && !isEmpty(cell)) {
                    filled++;
                    numbers += isNumber(cell) ? 1 : 0;
                }
            }
            if (filled >= 2 && numbers >= NUMERIC_SHARE * filled) {
                return true;
            }
        }
        return false;
    }

    private static boolean firstColumnHeads(List<Table.Row> rows, List<List<Boolean>> boldStyled) {
        int dataRows = 0;
        boolean restAllBold = true;
        for (int r = 0; r < rows.size(); r++) {
            Table.Row row = rows.get(r);
            if (isHeaderRow(row)) {
                continue;
            }
            dataRows++;
            Table.Cell first = row.cells().get(0);
            if (first.header() || isEmpty(first) || !bold(first, boldStyled, r, 0) || row.cells().size() < 2) {
                return false;
            }
            for (int c = 1; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                restAllBold &= isEmpty(cell) || bold(cell, boldStyled, r, c);
            }
        }
        return dataRows >= 2 && !restAllBold;
    }

    private static boolean allBoldBelow(List<Table.Row> rows, List<List<Boolean>> boldStyled) {
        for (int r = 1; r < rows.size(); r++) {
            List<Table.Cell> cells = rows.get(r).cells();
            for (int c = 0; c < cells.size(); c++) {
                if (!isEmpty(cells.get(c)) && !cells.get(c).header() && !bold(cells.get(c), boldStyled, r, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isHeaderRow(Table.Row row) {
        return row.cells().stream().allMatch(Table.Cell::header);
    }

    /** The row with its first {@code count} cells made header cells. */
    private static Table.Row asHeaders(Table.Row row, int count) {
        List<Table.Cell> cells = new ArrayList<>(row.cells().size());
        for (int c = 0; c < row.cells().size(); c++) {
            Table.Cell cell = row.cells().get(c);
            cells.add(c < count ? new Table.Cell(true, cell.colspan(), cell.rowspan(), cell.content()) : cell);
        }
        return new Table.Row(cells);
    }

    /** The cell that starts at or covers column {@code column} of a row, counting colspans (not rowspans from above). */
    private static Table.Cell cellAt(Table.Row row, int column) {
        int at = 0;
        for (Table.Cell cell : row.cells()) {
            if (column < at + cell.colspan()) {
                return cell;
            }
            at += cell.colspan();
        }
        return null;
    }

    private static boolean bold(Table.Cell cell, List<List<Boolean>> boldStyled, int row, int column) {
        boolean styled = row < boldStyled.size() && column < boldStyled.get(row).size() && boldStyled.get(row).get(column);
        return styled || whollyBold(cell.content());
    }

    /** '''Date''', '''''Date''''': the cell's words all inside bold, note markers aside. */
    static boolean whollyBold(List<Inline> content) {
        Inline only = null;
        for (Inline in : content) {
            if (in instanceof NoteRef || in instanceof LineBreak || in instanceof Text t && t.value().isBlank()) {
                continue;
            }
            if (only != null) {
                return false;
            }
            only = in;
        }
        if (only instanceof Emphasis e) {
            return e.style() == Emphasis.Style.BOLD || whollyBold(e.children());
        }
        return false;
    }

    private static boolean isEmpty(Table.Cell cell) {
        return PlainText.of(cell.content()).isBlank();
    }

    /** "100", "7.64E-06", "−2.7", "16%", "1,213.4": a cell whose words are a number. */
    private static boolean isNumber(Table.Cell cell) {
        String t = PlainText.of(cell.content()).strip();
        int i = 0;
        while (i < t.length() && "+-−±~≈<>$€£".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        if (i >= t.length() || !Character.isDigit(t.charAt(i))) {
            return false;
        }
        long letters = t.codePoints().filter(Character::isLetter).count();
        return letters <= 2; // an exponent "E", a unit letter or two
    }
}
