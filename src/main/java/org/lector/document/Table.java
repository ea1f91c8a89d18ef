package org.lector.document;

import java.util.List;

/** A table read row by row; header cells are marked so their text can label data cells. */
public record Table(List<Inline> caption, List<Row> rows) implements Block {
    public Table {
        caption = List.copyOf(caption);
        rows = List.copyOf(rows);
    }

    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell spanning {@code colspan} columns and {@code rowspan} rows (both at least 1). */
    public record Cell(boolean header, int colspan, int rowspan, List<Inline> content) {
        public Cell {
            content = List.copyOf(content);
            colspan = Math.max(1, colspan);
            rowspan = Math.max(1, rowspan);
        }

        public Cell(boolean header, int colspan, List<Inline> content) {
            this(header, colspan, 1, content);
        }
    }
}
