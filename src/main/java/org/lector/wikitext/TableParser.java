package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.lector.document.Block;
import org.lector.document.Blocks;
import org.lector.document.Inline;
import org.lector.document.Table;

/**
 * Reads a wikitext table ({@code {|} … {@code |}}) into rows of cells. Cell content may span lines
 * and hold lists; it is flattened to inline content with line breaks, since a cell is read as one
 * unit. A table nested in a cell is read after the outer table.
 */
final class TableParser {
    /**
     * Cells kept per table. Wikipedia's longest list tables have a few thousand rows of ten
     * columns; past this a table is no longer something to read aloud or emboss, and a generated
     * million-cell table would cost minutes and gigabytes in every backend.
     */
    static final int MAX_CELLS = 50_000;
    private final ParseSession session;
    private int cellsKept;
    private int cellsDropped;
    private final List<Block> after = new ArrayList<>();
    private List<Inline> caption = List.of();
    private final List<Table.Row> rows = new ArrayList<>();
    private List<Table.Cell> row = new ArrayList<>();
    /** Per cell, whether its style attribute made it bold: a header written with "|" (see TableHeaders). */
    private final List<List<Boolean>> boldStyled = new ArrayList<>();
    private List<Boolean> rowBoldStyled = new ArrayList<>();
    private List<Node> cellNodes;
    private boolean cellHeader;
    private boolean cellBoldStyle;
    private int cellColspan;
    private int cellRowspan;
    /** Attribute text standing before a template that supplies the rest of the cell ({{n/a}}). */
    private static final Pattern ATTRIBUTES_ONLY = Pattern.compile(
            "\\s*+(?:[a-zA-Z-]++\\s*+=\\s*+(?:\"[^\"]*+\"|'[^']*+'|[^\\s\"'|]++)\\s*+)++");

    TableParser(ParseSession session) {
        this.session = session;
    }

    List<Block> parse(List<List<Node>> lines) {
        for (int i = 1; i < lines.size(); i++) {
            List<Node> line = lines.get(i);
            String lead = Lines.lead(line);
            String trimmed = lead.stripLeading();
            List<Node> content = Lines.dropLead(line, lead.length() - trimmed.length());
            if (trimmed.startsWith("{|")) {
                int end = Lines.tableEnd(lines, i);
                finishCell();
                if (session.enter()) {
                    try {
                        after.addAll(new TableParser(session).parse(lines.subList(i, end)));
                    } finally {
                        session.leave();
                    }
                }
                i = end - 1;
            } else if (trimmed.startsWith("|}")) {
                break;
            } else if (trimmed.startsWith("|+")) {
                finishCell();
                caption = session.inlineOf(attributesAndContent(Lines.dropLead(content, 2)));
            } else if (trimmed.startsWith("|-")) {
                finishRow();
            } else if (trimmed.startsWith("!")) {
                cells(Lines.dropLead(content, 1), true);
            } else if (trimmed.startsWith("|")) {
                cells(Lines.dropLead(content, 1), false);
            } else if (cellNodes != null) {
                cellNodes.add(new Node.TextNode("\n"));
                cellNodes.addAll(line);
            }
        }
        finishRow();
        if (cellsDropped > 0) {
            session.warn(String.format("a table of %,d cells was cut to its first %,d cells", cellsKept + cellsDropped, MAX_CELLS));
        }
        List<Block> out = new ArrayList<>();
        if (!rows.isEmpty() || !caption.isEmpty()) {
            out.add(new Table(caption, TableHeaders.infer(rows, boldStyled)));
        }
        out.addAll(after);
        return out;
    }

    private void cells(List<Node> line, boolean header) {
        List<List<Node>> parts = Lines.splitAt(line, "||");
        if (header) {
            List<List<Node>> split = new ArrayList<>();
            for (List<Node> p : parts) {
                split.addAll(Lines.splitAt(p, "!!"));
            }
            parts = split;
        }
        for (List<Node> part : parts) {
            finishCell();
            cellHeader = header;
            cellColspan = 1;
            cellRowspan = 1;
            cellBoldStyle = false;
            cellNodes = new ArrayList<>(attributesAndContent(part));
        }
    }

    /** {@code style="…" colspan=2 | content}: the attributes are read, the content kept. */
    private List<Node> attributesAndContent(List<Node> cell) {
        if (cell.size() >= 2 && cell.get(0) instanceof Node.TextNode first && !first.text().contains("|")
                && cell.get(1) instanceof Node.TemplateNode && ATTRIBUTES_ONLY.matcher(first.text()).matches()) {
            // "colspan=5 {{CMain}}": the template writes "style=… | Main" itself
            Map<String, String> parsed = TagAttributes.parse(first.text());
            cellColspan = parseInt(parsed.get("colspan"));
            cellRowspan = parseInt(parsed.get("rowspan"));
            cellBoldStyle = TableHeaders.boldStyle(parsed);
            return cell.subList(1, cell.size());
        }
        for (int k = 0; k < cell.size(); k++) {
            if (!(cell.get(k) instanceof Node.TextNode t)) {
                return cell;
            }
            int bar = t.text().indexOf('|');
            if (bar >= 0) {
                StringBuilder attrs = new StringBuilder();
                for (int j = 0; j < k; j++) {
                    attrs.append(((Node.TextNode) cell.get(j)).text());
                }
                attrs.append(t.text(), 0, bar);
                Map<String, String> parsed = TagAttributes.parse(attrs.toString());
                if (!attrs.toString().contains("=") && !attrs.toString().isBlank()) {
                    return cell;
                }
                cellColspan = parseInt(parsed.get("colspan"));
                cellRowspan = parseInt(parsed.get("rowspan"));
                cellBoldStyle = TableHeaders.boldStyle(parsed);
                List<Node> rest = new ArrayList<>();
                rest.add(new Node.TextNode(t.text().substring(bar + 1)));
                rest.addAll(cell.subList(k + 1, cell.size()));
                return rest;
            }
        }
        return cell;
    }

    private static int parseInt(String s) {
        try {
            return s == null ? 1 : Integer.parseInt(s.replaceAll("[^0-9]", ""));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private void finishCell() {
        if (cellNodes == null) {
            return;
        }
        if (cellsKept >= MAX_CELLS) {
            cellNodes = null; // not even parsed: the cost of a huge table stops here
            cellsDropped++;
            return;
        }
        cellsKept++;
        List<Block> blocks = new BlockParser(session).blocksOnly(cellNodes);
        cellNodes = null;
        row.add(new Table.Cell(cellHeader, Math.min(cellColspan, 1000), Math.min(cellRowspan, 10_000), Blocks.flatten(blocks)));
        rowBoldStyled.add(cellBoldStyle);
    }

    private void finishRow() {
        finishCell();
        if (!row.isEmpty()) {
            rows.add(new Table.Row(row));
            boldStyled.add(rowBoldStyled);
        }
        row = new ArrayList<>();
        rowBoldStyled = new ArrayList<>();
    }
}
