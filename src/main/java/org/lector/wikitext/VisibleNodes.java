package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of a run as the page itself shows them: {@code <includeonly>} parts (shown only where
 * the page is transcluded) and behaviour switches ({@code __INDEX__}) gone, and the text around
 * them joined, so that a heading or a list marker after them still starts its line and an HTML
 * tag split by them is one tag again.
 */
final class VisibleNodes {
    private VisibleNodes() {
    }

    static List<Node> of(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes.size());
        StringBuilder text = null;
        for (Node node : nodes) {
            if (node instanceof Node.TagNode t && t.name().equals("includeonly")) {
                continue;
            }
            if (node instanceof Node.TextNode t) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(t.text());
                continue;
            }
            flush(text, out);
            text = null;
            out.add(node);
        }
        flush(text, out);
        return out;
    }

    private static void flush(StringBuilder text, List<Node> out) {
        if (text != null) {
            String s = withoutSwitches(text);
            if (!s.isEmpty()) {
                out.add(new Node.TextNode(s));
            }
        }
    }

    /** The text without {@code __NOTOC__}-style switches (two underscores, capitals, two underscores). */
    static String withoutSwitches(CharSequence s) {
        StringBuilder out = null;
        int copied = 0;
        int n = s.length();
        for (int i = 0; i + 1 < n; i++) {
            if (s.charAt(i) != '_' || s.charAt(i + 1) != '_') {
                continue;
            }
            int j = i + 2;
            while (j < n && s.charAt(j) >= 'A' && s.charAt(j) <= 'Z') {
                j++;
            }
            if (j > i + 2 && j + 1 < n && s.charAt(j) == '_' && s.charAt(j + 1) == '_') {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(s, copied, i);
                copied = j + 2;
                i = j + 1;
            } else if (j > i + 2) {
                // the capitals after this "__" close no switch; none of them starts one either
                i = j - 1;
            }
        }
        if (out == null) {
            return s.toString();
        }
        out.append(s, copied, n);
        return out.toString();
    }
}
