package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Joins HTML tags whose attributes a template, an argument or an extension tag interrupts
 * ({@code <div style={{1x|'color:red'}}>}, {@code <span id="{{anchorencode:x}}">}): the text
 * scanner reads one text node at a time and would see neither half as a tag, leaving both as
 * text. The attribute pieces such constructs make are dropped (nothing in them is read); the
 * tag's text is joined into one node.
 */
final class SplitTags {
    /** Constructs an attribute list may hold before its '>'; more is no tag but broken text. */
    private static final int MAX_PIECES = 20;

    private SplitTags() {
    }

    static List<Node> join(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes.size());
        int k = 0;
        while (k < nodes.size()) {
            Node node = nodes.get(k);
            if (!(node instanceof Node.TextNode first) || openTagStart(first.text(), 0) < 0) {
                out.add(node);
                k++;
                continue;
            }
            StringBuilder text = new StringBuilder(first.text());
            int tail = 0;
            while (openTagStart(text, tail) >= 0) {
                int close = closingText(nodes, k + 1);
                if (close < 0) {
                    break;
                }
                for (int j = k + 1; j < close; j++) {
                    if (nodes.get(j) instanceof Node.TextNode piece) {
                        text.append(piece.text());
                    }
                }
                String last = ((Node.TextNode) nodes.get(close)).text();
                // only what follows the tag's '>' may open another split tag
                tail = text.length() + last.indexOf('>') + 1;
                text.append(last);
                k = close;
            }
            out.add(new Node.TextNode(text.toString()));
            k++;
        }
        return out;
    }

    /**
     * Where an unclosed known tag ({@code <div style=}) at the end of {@code s} starts, looking
     * at {@code s[from..]} only; -1 when the text ends with none.
     */
    private static int openTagStart(CharSequence s, int from) {
        int lt = -1;
        for (int i = s.length() - 1; i >= from; i--) {
            char c = s.charAt(i);
            if (c == '>') {
                return -1;
            }
            if (c == '<') {
                lt = i;
                break;
            }
        }
        if (lt < 0) {
            return -1;
        }
        int nameStart = lt + 1 < s.length() && s.charAt(lt + 1) == '/' ? lt + 2 : lt + 1;
        int nameEnd = nameStart;
        while (nameEnd < s.length() && Character.isLetterOrDigit(s.charAt(nameEnd)) && nameEnd - nameStart < 16) {
            nameEnd++;
        }
        if (nameEnd == nameStart || nameEnd < s.length() && !Character.isWhitespace(s.charAt(nameEnd))) {
            return -1;
        }
        String name = s.subSequence(nameStart, nameEnd).toString().toLowerCase(Locale.ROOT);
        return TextScanner.isKnownTag(name) ? lt : -1;
    }

    /** The index of the text node whose '>' closes the tag, within a few constructs of {@code from}; -1 if none. */
    private static int closingText(List<Node> nodes, int from) {
        for (int j = from; j < nodes.size() && j - from <= MAX_PIECES; j++) {
            if (nodes.get(j) instanceof Node.TextNode t) {
                String s = t.text();
                int gt = s.indexOf('>');
                int lt = s.indexOf('<');
                int blank = s.indexOf("\n\n");
                if (gt >= 0 && (lt < 0 || lt > gt) && (blank < 0 || blank > gt)) {
                    return j;
                }
                if (gt >= 0 || lt >= 0 || blank >= 0) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
