package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Block;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.MathInline;
import org.lector.document.NoteRef;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Table;

/**
 * Reads lines into blocks: headings, lists, tables, and paragraphs (consecutive text lines up to
 * a blank line). Blocks raised from inside inline content follow the block that held them.
 */
final class BlockParser {
    private final ParseSession session;
    private final List<BlockPiece> out = new ArrayList<>();
    private final List<List<Node>> paragraph = new ArrayList<>();

    BlockParser(ParseSession session) {
        this.session = session;
    }

    /** Blocks and headings in order. */
    List<BlockPiece> parse(List<Node> nodes) {
        List<List<Node>> lines = Lines.split(BlockExpansion.expand(nodes, session));
        // tables are read with {{!}} and its kin as the markup they stand for
        List<List<Node>> piped = new ArrayList<>(lines.size());
        lines.forEach(l -> piped.add(TablePipes.substitute(l)));
        int i = 0;
        while (i < lines.size()) {
            List<Node> line = lines.get(i);
            String lead = Lines.lead(line);
            if (Lines.isBlank(line)) {
                flushParagraph();
                i++;
            } else if (headingLevel(line) > 0) {
                flushParagraph();
                heading(line);
                i++;
            } else if (tableIndent(piped.get(i)) >= 0) {
                flushParagraph();
                // an indented table (":{|") or one opening a list item ("*{|") is a table all the same
                piped.set(i, Lines.dropLead(piped.get(i), tableIndent(piped.get(i))));
                int end = Lines.tableEnd(piped, i);
                addAll(new TableParser(session).parse(piped.subList(i, end)));
                textAfterTable(piped.get(end - 1));
                i = end;
            } else if (!lead.isEmpty() && "*#:;".indexOf(lead.charAt(0)) >= 0) {
                flushParagraph();
                int end = i;
                while (end < lines.size() && isListLine(lines.get(end)) && tableIndent(piped.get(end)) < 0) {
                    end++;
                }
                addAll(new ListParser(session).parse(lines.subList(i, end)));
                i = end;
            } else {
                if (lead.startsWith("----")) {
                    flushParagraph();
                    line = Lines.dropLead(line, lead.length() - lead.replaceFirst("^-{4,}", "").length());
                } else if (lead.startsWith(" ")) {
                    line = Lines.dropLead(line, 1);
                }
                paragraph.add(line);
                i++;
            }
        }
        flushParagraph();
        return out;
    }

    /** Blocks only: a heading inside a parameter value reads as a bold paragraph. */
    List<Block> blocksOnly(List<Node> nodes) {
        List<Block> blocks = new ArrayList<>();
        for (BlockPiece piece : parse(nodes)) {
            if (piece instanceof BlockPiece.Body b) {
                blocks.add(b.block());
            } else if (piece instanceof BlockPiece.Heading h) {
                blocks.add(new Paragraph(List.of(new Emphasis(Emphasis.Style.BOLD, h.content()))));
            }
        }
        return blocks;
    }

    /**
     * Where "{|" starts on a line that opens a table: after spaces, and after the colons of an
     * indented table or the marks of a list item ("::{|", "*{|", "#: {|"); -1 when the line opens none.
     */
    static int tableIndent(List<Node> line) {
        String lead = Lines.lead(line);
        int k = 0;
        while (k < lead.length() && ("*#:;".indexOf(lead.charAt(k)) >= 0 || Character.isWhitespace(lead.charAt(k)))) {
            k++;
        }
        return lead.startsWith("{|", k) ? k : -1;
    }

    /**
     * Text after a table's closing "|}" on the same line ("|}<ref>…</ref>", "|} and so on") is
     * shown after the table: it starts the next paragraph.
     */
    private void textAfterTable(List<Node> closing) {
        String lead = Lines.lead(closing);
        int close = lead.indexOf("|}");
        if (close < 0 || !lead.substring(0, close).isBlank()) {
            return;
        }
        List<Node> rest = Lines.dropLead(closing, close + 2);
        if (!Lines.isBlank(rest)) {
            paragraph.add(rest);
        }
    }

    private static boolean isListLine(List<Node> line) {
        String lead = Lines.lead(line);
        return !lead.isEmpty() && "*#:;".indexOf(lead.charAt(0)) >= 0;
    }

    static int headingLevel(List<Node> line) {
        String lead = Lines.lead(line);
        if (!lead.startsWith("=") || !(line.get(line.size() - 1) instanceof Node.TextNode last)) {
            return 0;
        }
        String tail = last.text().stripTrailing();
        int open = count(lead, 0, 1);
        int close = count(tail, tail.length() - 1, -1);
        if (line.size() == 1 && open == tail.length()) {
            // a line of "=" only: MediaWiki makes "===" a level-1 heading reading "=", as the
            // outer marks pair around the middle ones; "==" pairs with nothing
            return open < 3 ? 0 : Math.min((open - 1) / 2, 6);
        }
        if (close == 0) {
            // "==x" with no closing run is not a heading
            return 0;
        }
        return Math.min(Math.min(open, close), 6);
    }

    private static int count(String s, int from, int step) {
        int n = 0;
        for (int i = from; i >= 0 && i < s.length() && s.charAt(i) == '='; i += step) {
            n++;
        }
        return n;
    }

    private void heading(List<Node> line) {
        int level = headingLevel(line);
        List<Node> content = Lines.dropTrail(Lines.dropLead(line, level), level);
        List<Inline> inlines = session.inlineOf(content);
        out.add(new BlockPiece.Heading(Math.max(2, level), inlines));
        addPending();
    }

    private void addAll(List<Block> blocks) {
        blocks.forEach(this::add);
        addPending();
    }

    private void add(Block block) {
        out.add(new BlockPiece.Body(block));
    }

    private void addPending() {
        session.drainPending().forEach(this::add);
    }

    private void flushParagraph() {
        if (paragraph.isEmpty()) {
            return;
        }
        List<Node> nodes = Lines.join(paragraph);
        paragraph.clear();
        for (InlinePiece piece : new InlineParser(session).parse(nodes)) {
            if (piece instanceof InlinePiece.Hoisted h) {
                add(h.block());
            } else if (piece instanceof InlinePiece.Run r) {
                List<Inline> run = r.content();
                if (hasContent(run)) {
                    add(new Paragraph(run));
                } else if (hasNoteRef(run) && !out.isEmpty()
                        && out.get(out.size() - 1) instanceof BlockPiece.Body last) {
                    attachNotes(last.block(), run);
                }
            }
        }
        addPending();
    }

    /**
     * Notes left alone after a block belong to it: after a raised block, to the text before it;
     * after a table ("|}<ref>…</ref>", the table's source), to its caption, or, when it has none,
     * to its last cell, where the mark stands closest to where Wikipedia shows it.
     */
    private void attachNotes(Block previous, List<Inline> notes) {
        if (previous instanceof Paragraph prev) {
            out.set(out.size() - 1, new BlockPiece.Body(new Paragraph(concat(prev.content(), notes))));
        } else if (previous instanceof Table table && !PlainText.of(table.caption()).isBlank()) {
            out.set(out.size() - 1, new BlockPiece.Body(new Table(concat(table.caption(), notes), table.rows())));
        } else if (previous instanceof Table table && !table.rows().isEmpty()
                && !table.rows().get(table.rows().size() - 1).cells().isEmpty()) {
            List<Table.Row> rows = new ArrayList<>(table.rows());
            List<Table.Cell> cells = new ArrayList<>(rows.get(rows.size() - 1).cells());
            Table.Cell last = cells.get(cells.size() - 1);
            cells.set(cells.size() - 1, new Table.Cell(last.header(), last.colspan(), last.rowspan(),
                    concat(last.content(), notes)));
            rows.set(rows.size() - 1, new Table.Row(cells));
            out.set(out.size() - 1, new BlockPiece.Body(new Table(table.caption(), rows)));
        }
    }

    private static List<Inline> concat(List<Inline> first, List<Inline> second) {
        List<Inline> out = new ArrayList<>(first);
        out.addAll(second);
        return out;
    }

    static boolean hasContent(List<Inline> run) {
        if (!PlainText.of(run).isBlank()) {
            return true;
        }
        for (Inline in : run) {
            if (in instanceof MathInline) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNoteRef(List<Inline> run) {
        return run.stream().anyMatch(in -> in instanceof NoteRef);
    }
}
