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
            } else if (Lines.lead(piped.get(i)).stripLeading().startsWith("{|")) {
                flushParagraph();
                int end = Lines.tableEnd(piped, i);
                addAll(new TableParser(session).parse(piped.subList(i, end)));
                i = end;
            } else if (!lead.isEmpty() && "*#:;".indexOf(lead.charAt(0)) >= 0) {
                flushParagraph();
                int end = i;
                while (end < lines.size() && isListLine(lines.get(end))) {
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
                        && out.get(out.size() - 1) instanceof BlockPiece.Body last
                        && last.block() instanceof Paragraph prev) {
                    // notes left alone after a raised block belong to the text before it
                    List<Inline> joined = new ArrayList<>(prev.content());
                    joined.addAll(run);
                    out.set(out.size() - 1, new BlockPiece.Body(new Paragraph(joined)));
                }
            }
        }
        addPending();
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
