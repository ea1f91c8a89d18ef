package org.lector.script;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reading script as text for people: the title underlined, headings marked with "#", each
 * chapter after the first marked where it starts, note markers in brackets, superscripts and
 * subscripts as ^{…} and _{…}, and figures, quotes, lists, tables and infoboxes labelled so a
 * proof-reader sees what every block is.
 */
public final class ScriptText {
    private ScriptText() {
    }

    public static String render(ReadingScript script) {
        StringBuilder sb = new StringBuilder();
        for (Chapter c : script.chapters()) {
            // the lead's chapter opens with the title, which marks it well enough
            if (c.role() != SectionRole.LEAD) {
                sb.append("\n— Chapter ").append(c.number()).append(": ").append(c.title()).append(" —\n");
            }
            for (Section s : c.sections()) {
                sb.append(s.heading().accept(PRINT));
                for (ScriptBlock b : s.blocks()) {
                    sb.append(b.accept(PRINT));
                }
            }
        }
        return sb.toString();
    }

    /**
     * The spoken form, one block a paragraph (its parts, such as list items and table cells, a line
     * each), for listening proof-readers: exactly the words a voice will be given. A chapter opens
     * with its announcement, said in place of the heading it announces; a chapter with nothing to
     * say is left out, as audio leaves it out.
     */
    public static String renderSpeech(ReadingScript script) {
        StringBuilder sb = new StringBuilder();
        for (Chapter c : script.chapters()) {
            if (!c.speaks()) {
                continue;
            }
            for (Section s : c.sections()) {
                boolean announced = s.heading().id().equals(c.announced()) && c.announces() && s.heading().text().speaks();
                paragraph(sb, announced ? List.of(c.announcement().strip()) : speech(s.heading()));
                for (ScriptBlock b : s.blocks()) {
                    paragraph(sb, speech(b));
                }
            }
        }
        return sb.toString();
    }

    private static List<String> speech(ScriptBlock b) {
        List<String> out = new ArrayList<>();
        for (Prose p : BlockProse.of(b)) {
            if (p.speaks()) {
                out.add(p.speech());
            }
        }
        return out;
    }

    private static void paragraph(StringBuilder sb, List<String> lines) {
        if (!lines.isEmpty()) {
            sb.append(String.join("\n", lines)).append("\n\n");
        }
    }

    /** Each block as script.txt shows it, with the blank lines that follow it. */
    private static final ScriptBlock.Visitor<String> PRINT = new ScriptBlock.Visitor<>() {
        public String heading(ScriptBlock.Heading h) {
            String text = inline(h.text());
            if (h.level() == 1) {
                int width = Math.max(3, text.codePointCount(0, text.length()));
                return text + "\n" + "=".repeat(width) + "\n\n";
            }
            return "\n" + "#".repeat(h.level()) + " " + text + "\n\n";
        }

        public String paragraph(ScriptBlock.Paragraph p) {
            return p.text().isEmpty() ? "" : inline(p.text()) + "\n\n";
        }

        public String quote(ScriptBlock.Quote q) {
            String out = indent(inline(q.text()), "> ") + "\n";
            if (!q.source().isEmpty()) {
                out += ">   — " + inline(q.source()) + "\n";
            }
            return out + "\n";
        }

        public String figure(ScriptBlock.Figure f) {
            return image(f) + "\n\n";
        }

        public String figureGroup(ScriptBlock.FigureGroup g) {
            StringBuilder sb = new StringBuilder("[Group of ").append(g.figures().size()).append(" images");
            if (!g.text().isEmpty()) {
                sb.append(": ").append(inline(g.text()));
            }
            sb.append("]\n");
            for (ScriptBlock.Figure f : g.figures()) {
                sb.append("  ").append(image(f)).append('\n');
            }
            return sb.append('\n').toString();
        }

        /** "[Image: caption]", with the description when it is something else (the alt text). */
        private String image(ScriptBlock.Figure f) {
            String text = inline(f.text());
            boolean described = !f.description().isEmpty() && !f.description().equals(f.text().text());
            return "[Image: " + text + "]" + (described ? " (described as: " + f.description() + ")" : "");
        }

        public String list(ScriptBlock.ListBlock l) {
            StringBuilder sb = new StringBuilder();
            for (ScriptBlock.ListItem i : l.items()) {
                String marker = switch (i.kind()) {
                    case ORDERED -> i.ordinal() + ". ";
                    case BULLET -> "• ";
                    case DEFINITION -> "";
                };
                sb.append("  ".repeat(i.depth())).append(marker).append(inline(i.text())).append('\n');
            }
            return sb.append('\n').toString();
        }

        public String table(ScriptBlock.Table t) {
            StringBuilder sb = new StringBuilder("[Table");
            if (!t.text().isEmpty()) {
                sb.append(": ").append(inline(t.text()));
            }
            sb.append(", ").append(t.rowCount()).append(" rows, ").append(t.columnCount()).append(" columns]\n");
            for (ScriptBlock.Row r : t.rows()) {
                sb.append("  Row ").append(r.index()).append(r.header() ? " (header)" : "").append(":\n");
                for (ScriptBlock.Cell c : r.cells()) {
                    sb.append("    ").append(c.columnHeader().isEmpty() ? "" : c.columnHeader() + ": ")
                            .append(inline(c.text()).replace('\n', ' ')).append('\n');
                }
            }
            return sb.append('\n').toString();
        }

        public String hatnote(ScriptBlock.Hatnote h) {
            return "(" + inline(h.text()) + ")\n\n";
        }

        public String infobox(ScriptBlock.Infobox i) {
            StringBuilder sb = new StringBuilder("[Infobox");
            if (!i.text().isEmpty()) {
                sb.append(": ").append(inline(i.text()));
            }
            sb.append("]\n");
            for (ScriptBlock.InfoboxEntry e : i.entries()) {
                sb.append("  ").append(e.label().isEmpty() ? "" : e.label() + ": ")
                        .append(inline(e.text()).replace('\n', ' ')).append('\n');
            }
            return sb.append('\n').toString();
        }

        public String formula(ScriptBlock.Formula f) {
            return "[Formula: " + inline(f.text()) + "]\n\n";
        }

        public String note(ScriptBlock.Note n) {
            return "[" + n.label() + "] " + inline(n.text()) + "\n";
        }
    };

    /** A mark inserted into the print text; at one place, closings come first, then markers, then openings. */
    private record Mark(int at, int rank, int tie, String text) {
        static final Comparator<Mark> ORDER = Comparator.comparingInt(Mark::at).thenComparingInt(Mark::rank)
                .thenComparingInt(Mark::tie);
    }

    /** The text with "[n]" at each note reference, "^{…}" around superscripts and "_{…}" around subscripts. */
    static String inline(Prose p) {
        List<Mark> marks = new ArrayList<>();
        for (Span s : p.spans()) {
            switch (s.kind()) {
                case NOTEREF -> marks.add(new Mark(s.start(), 1, 0, "[" + s.value() + "]"));
                case SUPERSCRIPT -> wrap(marks, s, "^{");
                case SUBSCRIPT -> wrap(marks, s, "_{");
                default -> {
                    // italic, links and the rest are not marked in plain text
                }
            }
        }
        if (marks.isEmpty()) {
            return p.text();
        }
        marks.sort(Mark.ORDER);
        StringBuilder sb = new StringBuilder();
        int from = 0;
        for (Mark m : marks) {
            sb.append(p.text(), from, m.at()).append(m.text());
            from = m.at();
        }
        return sb.append(p.text().substring(from)).toString();
    }

    private static void wrap(List<Mark> marks, Span s, String open) {
        if (s.start() == s.end()) {
            return;
        }
        // of two runs opening at one place the longer opens first, so that it closes last
        marks.add(new Mark(s.start(), 2, -s.end(), open));
        marks.add(new Mark(s.end(), 0, 0, "}"));
    }

    private static String indent(String text, String prefix) {
        return prefix + text.replace("\n", "\n" + prefix);
    }
}
