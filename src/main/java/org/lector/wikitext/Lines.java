package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a node run into lines: text splits at newlines, balanced constructs stay whole. */
final class Lines {
    private Lines() {
    }

    static List<List<Node>> split(List<Node> nodes) {
        List<List<Node>> lines = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Node.TextNode t) {
                String s = t.text();
                int from = 0;
                int nl;
                while ((nl = s.indexOf('\n', from)) >= 0) {
                    if (nl > from) {
                        current.add(new Node.TextNode(s.substring(from, nl)));
                    }
                    lines.add(current);
                    current = new ArrayList<>();
                    from = nl + 1;
                }
                if (from < s.length()) {
                    current.add(new Node.TextNode(s.substring(from)));
                }
            } else {
                current.add(node);
            }
        }
        lines.add(current);
        return lines;
    }

    /** The line's leading text (empty when it starts with a construct). */
    static String lead(List<Node> line) {
        return !line.isEmpty() && line.get(0) instanceof Node.TextNode t ? t.text() : "";
    }

    static boolean isBlank(List<Node> line) {
        for (Node n : line) {
            if (!(n instanceof Node.TextNode t) || !t.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The line without its first {@code count} characters of leading text. */
    static List<Node> dropLead(List<Node> line, int count) {
        List<Node> out = new ArrayList<>(line);
        if (!out.isEmpty() && out.get(0) instanceof Node.TextNode t) {
            String rest = t.text().substring(Math.min(count, t.text().length()));
            if (rest.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Node.TextNode(rest));
            }
        }
        return out;
    }

    /** The line without its last {@code count} characters of trailing text (after trimming spaces). */
    static List<Node> dropTrail(List<Node> line, int count) {
        List<Node> out = new ArrayList<>(line);
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Node.TextNode t) {
            String s = t.text().stripTrailing();
            String rest = s.substring(0, Math.max(0, s.length() - count));
            if (rest.isEmpty()) {
                out.remove(out.size() - 1);
            } else {
                out.set(out.size() - 1, new Node.TextNode(rest));
            }
        }
        return out;
    }

    /** Splits a line at a delimiter found in its text nodes only (never inside constructs). */
    static List<List<Node>> splitAt(List<Node> line, String delimiter) {
        List<List<Node>> out = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node node : line) {
            if (node instanceof Node.TextNode t && t.text().contains(delimiter)) {
                String[] pieces = t.text().split(Pattern.quote(delimiter), -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        out.add(current);
                        current = new ArrayList<>();
                    }
                    if (!pieces[i].isEmpty()) {
                        current.add(new Node.TextNode(pieces[i]));
                    }
                }
            } else {
                current.add(node);
            }
        }
        out.add(current);
        return out;
    }

    /** The index after the line that closes the table opened at {@code start} (nested tables counted). */
    static int tableEnd(List<List<Node>> lines, int start) {
        int depth = 0;
        for (int i = start; i < lines.size(); i++) {
            String lead = lead(lines.get(i)).stripLeading();
            if (lead.startsWith("{|")) {
                depth++;
            } else if (lead.startsWith("|}") && --depth == 0) {
                return i + 1;
            }
        }
        return lines.size();
    }

    /** Joins lines back with newlines between them. */
    static List<Node> join(List<List<Node>> lines) {
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.add(new Node.TextNode("\n"));
            }
            out.addAll(lines.get(i));
        }
        return out;
    }
}
