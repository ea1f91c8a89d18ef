package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Block;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.ListItem;

/**
 * Builds nested lists from list lines ({@code *}, {@code #}, {@code ;}, {@code :} prefixes), with
 * an explicit stack: each prefix character is one level. {@code ;term:definition} on one line, or
 * a {@code :} line after a {@code ;} line, make one definition item.
 */
final class ListParser {
    /** Deeper prefixes are read at this depth: nobody nests lists further on purpose. */
    private static final int MAX_DEPTH = 12;

    private static final class ItemBuilder {
        List<Inline> term = List.of();
        List<Inline> content = List.of();
        final List<ListBuilder> children = new ArrayList<>();

        ListItem build() {
            List<ListBlock> kids = new ArrayList<>();
            for (ListBuilder c : children) {
                kids.add(c.build());
            }
            return new ListItem(term, content, kids);
        }
    }

    private static final class ListBuilder {
        final char marker;
        final List<ItemBuilder> items = new ArrayList<>();

        ListBuilder(char marker) {
            this.marker = marker;
        }

        ListBlock build() {
            List<ListItem> built = new ArrayList<>();
            for (ItemBuilder i : items) {
                built.add(i.build());
            }
            ListBlock.Kind kind = marker == '*' ? ListBlock.Kind.BULLET
                    : marker == '#' ? ListBlock.Kind.ORDERED : ListBlock.Kind.DEFINITION;
            return new ListBlock(kind, built);
        }

        boolean accepts(char c) {
            return c == marker || isDefinition(c) && isDefinition(marker);
        }
    }

    private final ParseSession session;

    ListParser(ParseSession session) {
        this.session = session;
    }

    List<Block> parse(List<List<Node>> lines) {
        List<ListBuilder> roots = new ArrayList<>();
        List<ListBuilder> stack = new ArrayList<>();
        for (List<Node> line : lines) {
            String lead = Lines.lead(line);
            int len = 0;
            while (len < lead.length() && "*#:;".indexOf(lead.charAt(len)) >= 0) {
                len++;
            }
            String prefix = lead.substring(0, Math.min(len, MAX_DEPTH));
            List<Node> body = Lines.dropLead(line, len);
            int common = 0;
            while (common < stack.size() && common < prefix.length() - 1
                    && stack.get(common).accepts(prefix.charAt(common))) {
                common++;
            }
            if (common < stack.size() && common == prefix.length() - 1
                    && stack.get(common).accepts(prefix.charAt(common))) {
                common++;
            }
            stack.subList(common, stack.size()).clear();
            for (int d = common; d < prefix.length(); d++) {
                ListBuilder lb = new ListBuilder(prefix.charAt(d));
                if (d == 0) {
                    roots.add(lb);
                } else {
                    ListBuilder parent = stack.get(d - 1);
                    if (parent.items.isEmpty()) {
                        parent.items.add(new ItemBuilder());
                    }
                    parent.items.get(parent.items.size() - 1).children.add(lb);
                }
                stack.add(lb);
            }
            addItem(stack.get(stack.size() - 1), prefix.charAt(prefix.length() - 1), body);
        }
        List<Block> out = new ArrayList<>();
        for (ListBuilder r : roots) {
            out.add(r.build());
        }
        return out;
    }

    private void addItem(ListBuilder list, char marker, List<Node> body) {
        if (marker == ';') {
            ItemBuilder item = new ItemBuilder();
            List<List<Node>> termAndDefinition = splitDefinition(body);
            item.term = session.inlineOf(termAndDefinition.get(0));
            if (termAndDefinition.size() > 1) {
                item.content = session.inlineOf(termAndDefinition.get(1));
            }
            list.items.add(item);
            return;
        }
        List<Inline> content = session.inlineOf(body);
        if (marker == ':' && !list.items.isEmpty()) {
            ItemBuilder last = list.items.get(list.items.size() - 1);
            if (!last.term.isEmpty() && last.content.isEmpty() && last.children.isEmpty()) {
                last.content = content;
                return;
            }
        }
        ItemBuilder item = new ItemBuilder();
        item.content = content;
        list.items.add(item);
    }

    /**
     * {@code ;term : definition} splits at the first colon outside links, templates and HTML
     * tags ({@code ;<b style="display: inline">term</b>} has none).
     */
    private static List<List<Node>> splitDefinition(List<Node> body) {
        List<Node> term = new ArrayList<>();
        boolean[] inTag = {false};
        for (int k = 0; k < body.size(); k++) {
            Node n = body.get(k);
            int c = n instanceof Node.TextNode t ? definitionColon(t.text(), inTag) : -1;
            if (c >= 0) {
                Node.TextNode t = (Node.TextNode) n;
                if (c > 0) {
                    term.add(new Node.TextNode(t.text().substring(0, c)));
                }
                List<Node> def = new ArrayList<>();
                if (c + 1 < t.text().length()) {
                    def.add(new Node.TextNode(t.text().substring(c + 1)));
                }
                def.addAll(body.subList(k + 1, body.size()));
                return List.of(term, def);
            }
            term.add(n);
        }
        return List.of(term);
    }

    /**
     * The first colon that is neither the "://" of an address nor inside an HTML tag, or -1.
     * {@code inTag} carries whether the text starts inside a tag and is left as it ends.
     */
    private static int definitionColon(String s, boolean[] inTag) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inTag[0]) {
                inTag[0] = c != '>';
            } else if (c == '<' && i + 1 < s.length() && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/')) {
                inTag[0] = true;
            } else if (c == ':' && !s.startsWith("//", i + 1)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDefinition(char c) {
        return c == ':' || c == ';';
    }
}
