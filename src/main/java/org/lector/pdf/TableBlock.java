package org.lector.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.lector.script.ScriptBlock;

/**
 * A table: Table / Caption / TR / TH (with Scope) / TD. Columns get the width their content
 * wants when the page allows, else share the page by their longest words; the type shrinks
 * (down to 6 pt) for tables too wide for the page. Rows break between pages; a row taller than
 * a whole page is sliced line by line, so no table, however large, loses text.
 */
final class TableBlock implements Block {
    private static final Color RULE = new Color(0xaa, 0xaa, 0xaa);
    private static final float MIN_SIZE = 6;

    private record Cell(PDStructureElement element, int column, int span, List<Line> lines) {
    }

    private record Row(boolean header, List<Cell> cells, int lineCount) {
    }

    private final PDStructureElement caption;
    private final List<Line> captionLines;
    private final List<Row> rows = new ArrayList<>();
    private final float[] columnX;
    private final float leading;
    private final float pad;
    private final float x;
    private final float spaceBefore;
    private final float captionLeading;

    TableBlock(Typesetter t, ScriptBlock.Table table) {
        float width = t.geometry().textWidth();
        this.x = t.geometry().left();
        this.spaceBefore = t.leading() * 0.8f;
        List<ScriptBlock.Row> tableRows = table.rows();
        int columns = 1;
        for (ScriptBlock.Row row : tableRows) {
            for (ScriptBlock.Cell cell : row.cells()) {
                columns = Math.max(columns, column(cell) + span(cell) - 1);
            }
        }
        // widths from the content at the normal table size, shrunk once if the longest words do not fit
        float size = t.size() * 0.85f;
        this.pad = t.size() * 0.3f;
        float[] widths = widths(t, tableRows, columns, size, width);
        float minSum = sum(measure(t, tableRows, columns, size, true));
        if (minSum > width) {
            size = Math.max(MIN_SIZE, size * width / minSum);
            widths = widths(t, tableRows, columns, size, width);
        }
        this.leading = size * 1.3f;
        this.columnX = new float[columns + 1];
        for (int c = 0; c < columns; c++) {
            columnX[c + 1] = columnX[c] + widths[c];
        }

        PDStructureElement element = t.tags().add(t.tags().document(), "Table");
        this.captionLeading = t.leading();
        if (!table.text().text().isBlank()) {
            this.caption = t.tags().add(element, "Caption");
            this.captionLines = t.lines(table.text(), TextStyle.SERIF_BOLD, t.size() * 0.95f, width, 0, LineSetter.Align.LEFT);
        } else {
            this.caption = null;
            this.captionLines = List.of();
        }
        int[] padding = structuralPadding(tableRows);
        for (int r = 0; r < tableRows.size(); r++) {
            ScriptBlock.Row row = tableRows.get(r);
            PDStructureElement tr = t.tags().add(element, "TR");
            List<Cell> cells = new ArrayList<>();
            int lineCount = 1;
            for (ScriptBlock.Cell item : row.cells()) {
                boolean header = header(row, item);
                PDStructureElement cell = t.tags().add(tr, header ? "TH" : "TD");
                PDTableAttributeObject attrs = new PDTableAttributeObject();
                if (header) {
                    attrs.setScope(scope(row, item));
                }
                if (span(item) > 1) {
                    attrs.setColSpan(span(item));
                }
                int rowSpan = Math.min(rowSpan(item), tableRows.size() - r);
                if (rowSpan > 1) {
                    attrs.setRowSpan(rowSpan);
                }
                if (header || span(item) > 1 || rowSpan > 1) {
                    cell.addAttribute(attrs);
                }
                int c = Math.min(column(item), columns) - 1;
                int last = Math.min(columns, c + span(item));
                List<Line> lines = t.lines(item.text(), header ? TextStyle.SERIF_BOLD : TextStyle.SERIF, size,
                        Math.max(1, columnX[last] - columnX[c] - 2 * pad), 0, LineSetter.Align.LEFT);
                cells.add(new Cell(cell, c, last - c, lines));
                lineCount = Math.max(lineCount, lines.size());
            }
            for (int k = 0; k < padding[r]; k++) {
                t.tags().add(tr, "TD"); // an empty cell, so every row has the table's number of columns
            }
            rows.add(new Row(row.header(), cells, lineCount));
        }
    }

    private static boolean header(ScriptBlock.Row row, ScriptBlock.Cell cell) {
        return row.header() || cell.header();
    }

    /**
     * What a header cell heads, as the script says; a header cell the script gives no scope
     * still needs one (PDF/UA asks it of every TH in a table without Headers): its row's
     * column headers head columns, any other its row.
     */
    private static String scope(ScriptBlock.Row row, ScriptBlock.Cell cell) {
        ScriptBlock.Scope scope = cell.scope() != ScriptBlock.Scope.NONE ? cell.scope()
                : row.header() ? ScriptBlock.Scope.COLUMN : ScriptBlock.Scope.ROW;
        return scope == ScriptBlock.Scope.COLUMN ? PDTableAttributeObject.SCOPE_COLUMN : PDTableAttributeObject.SCOPE_ROW;
    }

    private static int rowSpan(ScriptBlock.Cell cell) {
        return Math.max(1, cell.rowspan());
    }

    /**
     * How many empty cells each row needs in the structure tree so that all rows have the same
     * number of columns, counted as PDF/UA counts them: the column spans of the row's cells plus
     * those of cells above whose row span reaches into it. Ragged wikitext tables are common.
     */
    private static int[] structuralPadding(List<ScriptBlock.Row> rows) {
        int n = rows.size();
        int[] width = new int[n];
        for (int r = 0; r < n; r++) {
            for (ScriptBlock.Cell cell : rows.get(r).cells()) {
                int reach = Math.min(rowSpan(cell), n - r);
                for (int k = r; k < r + reach; k++) {
                    width[k] += span(cell);
                }
            }
        }
        int max = 0;
        for (int w : width) {
            max = Math.max(max, w);
        }
        int[] padding = new int[n];
        for (int r = 0; r < n; r++) {
            padding[r] = max - width[r];
        }
        return padding;
    }

    private static int column(ScriptBlock.Cell cell) {
        return Math.max(1, cell.column());
    }

    private static int span(ScriptBlock.Cell cell) {
        return Math.max(1, Math.min(1000, cell.colspan()));
    }

    private static float sum(float[] a) {
        float s = 0;
        for (float v : a) {
            s += v;
        }
        return s;
    }

    /**
     * Each column's width (single-column cells only, with padding): for its longest word, or
     * for its longest line set without breaks.
     */
    private float[] measure(Typesetter t, List<ScriptBlock.Row> rows, int columns, float size, boolean longestWord) {
        float[] w = new float[columns];
        for (ScriptBlock.Row row : rows) {
            for (ScriptBlock.Cell item : row.cells()) {
                if (span(item) != 1) {
                    continue;
                }
                TextStyle style = header(row, item) ? TextStyle.SERIF_BOLD : TextStyle.SERIF;
                float m = 0;
                float line = 0;
                Words words = t.inline().words(item.text().text(), Typesetter.marked(item.text()), style, size);
                for (int i = 0; i < words.size(); i++) {
                    if (longestWord) {
                        m = Math.max(m, words.width(i));
                    } else {
                        line += words.width(i) + words.spaceWidth(i);
                        m = Math.max(m, line);
                        if (words.breakAfter(i)) {
                            line = 0;
                        }
                    }
                }
                int c = Math.min(column(item), columns) - 1;
                w[c] = Math.max(w[c], m + 2 * pad);
            }
        }
        for (int c = 0; c < columns; c++) {
            w[c] = Math.max(w[c], 2 * pad + size);
        }
        return w;
    }

    private float[] widths(Typesetter t, List<ScriptBlock.Row> rows, int columns, float size, float width) {
        float[] min = measure(t, rows, columns, size, true);
        float[] max = measure(t, rows, columns, size, false);
        float minSum = sum(min);
        float maxSum = sum(max);
        float[] w = new float[columns];
        for (int c = 0; c < columns; c++) {
            if (maxSum <= width) {
                w[c] = max[c] * width / maxSum > max[c] * 1.6f ? max[c] * 1.6f : max[c] * width / maxSum;
            } else if (minSum <= width) {
                w[c] = min[c] + (max[c] - min[c]) * (width - minSum) / (maxSum - minSum);
            } else {
                w[c] = width * min[c] / minSum;
            }
        }
        return w;
    }

    @Override
    public float keepHeight() {
        float first = rows.isEmpty() ? 0 : rows.get(0).lineCount() * leading + 2 * pad;
        return spaceBefore + captionLines.size() * captionLeading + first;
    }

    @Override
    public void draw(Flow flow) throws IOException {
        flow.skip(spaceBefore);
        if (caption != null) {
            flow.ensure(keepHeight() - spaceBefore);
            flow.flowLines(captionLines, x, captionLeading, caption, Flow.TEXT, null);
            flow.skip(pad);
        }
        for (Row row : rows) {
            drawRow(flow, row);
        }
        flow.skip(spaceBefore);
    }

    private void drawRow(Flow flow, Row row) throws IOException {
        int from = 0;
        while (from < row.lineCount()) {
            float rest = (row.lineCount() - from) * leading + 2 * pad;
            flow.ensure(rest);
            int fit = Math.max(1, (int) Math.floor((flow.remaining() - 2 * pad + 0.01f) / leading));
            int to = Math.min(row.lineCount(), from + fit);
            float top = flow.y();
            if (row.header() && from == 0) {
                flow.rule(x, x + columnX[columnX.length - 1], top, 0.8f, Flow.QUIET);
            }
            for (Cell cell : row.cells()) {
                for (int l = from; l < Math.min(to, cell.lines().size()); l++) {
                    float baseline = top - pad - (l - from) * leading - leading * 0.78f;
                    flow.drawLine(cell.lines().get(l), x + columnX[cell.column()] + pad, baseline, cell.element(), Flow.TEXT);
                }
            }
            float bottom = top - 2 * pad - (to - from) * leading;
            flow.rule(x, x + columnX[columnX.length - 1], bottom, row.header() ? 0.8f : 0.3f, row.header() ? Flow.QUIET : RULE);
            flow.moveTo(bottom);
            from = to;
            if (from < row.lineCount()) {
                flow.newPage();
            }
        }
    }
}
