package org.lector.wikitext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Splits wikitext into text and balanced constructs, as MediaWiki's preprocessor does: templates
 * {@code {{…}}}, arguments {@code {{{…}}}}, links {@code [[…]]}, extension tags, comments removed.
 * One left-to-right pass with an explicit stack, so deep or unclosed nesting costs linear time and
 * no call stack: an unclosed opener simply turns back into literal text.
 */
final class Preprocessor {

    /** Tags whose body is taken raw up to the closing tag (its braces and pipes are not markup). */
    static final Set<String> OPAQUE_TAGS = Set.of(
            "ref", "references", "nowiki", "pre", "math", "chem", "ce", "gallery", "poem",
            "syntaxhighlight", "source", "score", "timeline", "graph", "mapframe", "maplink",
            "templatestyles", "imagemap", "includeonly", "blockquote", "hiero", "inputbox",
            "categorytree", "charinsert", "indicator", "section", "templatedata", "langconvert");

    /** Tags that are dropped while their content stays. */
    private static final Set<String> TRANSPARENT_TAGS = Set.of("noinclude", "onlyinclude");

    private enum Kind { ROOT, BRACE, LINK }

    /**
     * A singly linked chain of nodes that another chain can be appended to in constant time, so
     * that unwinding thousands of nested unclosed openers moves no node more than once.
     */
    private static final class Chain {
        private static final class Link {
            final Node node;
            Link next;

            Link(Node node) {
                this.node = node;
            }
        }

        private Link head;
        private Link tail;

        void add(Node node) {
            Link l = new Link(node);
            if (head == null) {
                head = l;
            } else {
                tail.next = l;
            }
            tail = l;
        }

        void splice(Chain other) {
            if (other.head == null) {
                return;
            }
            if (head == null) {
                head = other.head;
            } else {
                tail.next = other.head;
            }
            tail = other.tail;
            other.head = null;
            other.tail = null;
        }

        List<Node> toList() {
            List<Node> out = new ArrayList<>();
            for (Link l = head; l != null; l = l.next) {
                out.add(l.node);
            }
            return out;
        }
    }

    /**
     * A construct closed inside another one: kept as offsets and turned into a node only if the
     * outer one is never closed (then it stands at top level), so nested constructs never copy
     * their text once per level.
     */
    private record Deferred(Kind kind, boolean argument, int innerStart, int innerEnd, int[] pipes) implements Node.Internal {
    }

    /** Pipe positions in text order, appendable in constant time like {@link Chain}. */
    private static final class Pipes {
        private int[] positions = new int[4];
        private int size;
        private Pipes next;
        private Pipes last = this;
        private int total;

        void add(int position) {
            Pipes l = last;
            if (l.size == l.positions.length) {
                l.positions = Arrays.copyOf(l.positions, l.size * 2);
            }
            l.positions[l.size++] = position;
            total++;
        }

        /** Appends another frame's pipes (all of which come later in the text). */
        void splice(Pipes other) {
            if (other.total == 0) {
                return;
            }
            last.next = other;
            last = other.last;
            total += other.total;
        }

        int[] toArray() {
            int[] out = new int[total];
            int k = 0;
            for (Pipes p = this; p != null; p = p.next) {
                System.arraycopy(p.positions, 0, out, k, p.size);
                k += p.size;
            }
            return out;
        }
    }

    private static final class Frame {
        final Kind kind;
        final int start;
        int count;
        Pipes pipes = new Pipes();
        Chain children = new Chain();

        Frame(Kind kind, int start, int count) {
            this.kind = kind;
            this.start = start;
            this.count = count;
        }
    }

    private final String src;
    private final char[] lower;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, int[]> closeTagCache = new HashMap<>();
    private int textStart;

    private Preprocessor(String src) {
        this.src = src;
        this.lower = new char[src.length()];
        for (int i = 0; i < lower.length; i++) {
            lower[i] = Character.toLowerCase(src.charAt(i));
        }
    }

    static List<Node> parse(String wikitext) {
        return new Preprocessor(wikitext).run();
    }

    private List<Node> run() {
        Frame root = new Frame(Kind.ROOT, 0, 0);
        stack.push(root);
        int n = src.length();
        int i = 0;
        while (i < n) {
            char c = src.charAt(i);
            if (c == '<') {
                i = onAngle(i);
            } else if (c == '{' && i + 1 < n && src.charAt(i + 1) == '{') {
                int run = runLength(i, '{');
                flushText(i);
                stack.push(new Frame(Kind.BRACE, i, run));
                openBraces++;
                i += run;
                textStart = i;
            } else if (c == '}' && i + 1 < n && src.charAt(i + 1) == '}' && openBraces > 0) {
                i = closeBraces(i);
            } else if (c == '[' && i + 1 < n && src.charAt(i + 1) == '[') {
                flushText(i);
                stack.push(new Frame(Kind.LINK, i, 2));
                i += 2;
                textStart = i;
            } else if (c == ']' && i + 1 < n && src.charAt(i + 1) == ']' && stack.peek().kind == Kind.LINK) {
                i = closeLink(i);
            } else if (c == '|' && stack.peek().kind != Kind.ROOT) {
                stack.peek().pipes.add(i);
                i++;
            } else {
                i++;
            }
        }
        flushText(n);
        while (stack.size() > 1) {
            unwind();
        }
        return merge(root.children.toList());
    }

    /** Open brace frames, counted so that a "}}" needs no walk down the stack. */
    private int openBraces;

    private int runLength(int i, char c) {
        int j = i;
        while (j < src.length() && src.charAt(j) == c) {
            j++;
        }
        return j - i;
    }

    private void flushText(int end) {
        if (end > textStart) {
            stack.peek().children.add(new Node.TextNode(src.substring(textStart, end)));
        }
        textStart = end;
    }

    /** Turns the top frame back into literal text: its opener as text, its children kept. */
    private void unwind() {
        Frame f = stack.pop();
        if (f.kind == Kind.BRACE) {
            openBraces--;
        }
        Frame parent = stack.peek();
        char opener = f.kind == Kind.LINK ? '[' : '{';
        parent.children.add(new Node.TextNode(String.valueOf(opener).repeat(f.count)));
        parent.children.splice(f.children);
        // the broken frame's pipes separate the parameters of the frame around it
        parent.pipes.splice(f.pipes);
    }

    private int closeBraces(int i) {
        flushText(i);
        // A "}}" that meets an open link first: MediaWiki would print it; being forgiving, the
        // unclosed link is what is broken, so it turns into text and the template closes.
        while (stack.peek().kind == Kind.LINK) {
            unwind();
        }
        int m = runLength(i, '}');
        while (m >= 2 && stack.peek().kind == Kind.BRACE) {
            Frame f = stack.peek();
            int k = (m >= 3 && f.count >= 3) ? 3 : 2;
            int innerStart = f.start + f.count;
            Node node = new Deferred(Kind.BRACE, k == 3, innerStart, i, f.pipes.toArray());
            i += k;
            m -= k;
            f.count -= k;
            if (f.count >= 2) {
                f.children = new Chain();
                f.children.add(node);
                f.pipes = new Pipes();
            } else {
                stack.pop();
                openBraces--;
                if (f.count == 1) {
                    stack.peek().children.add(new Node.TextNode("{"));
                }
                stack.peek().children.add(node);
            }
        }
        textStart = i;
        return i + m;
    }

    private int closeLink(int i) {
        flushText(i);
        Frame f = stack.pop();
        stack.peek().children.add(new Deferred(Kind.LINK, false, f.start + 2, i, f.pipes.toArray()));
        textStart = i + 2;
        return i + 2;
    }

    private List<String> splitParts(int from, int to, int[] pipes) {
        List<String> parts = new ArrayList<>(pipes.length + 1);
        int s = from;
        for (int p : pipes) {
            if (p >= from && p < to) {
                parts.add(src.substring(s, p));
                s = p + 1;
            }
        }
        parts.add(src.substring(s, to));
        return parts;
    }

    /** Handles '<': comments, extension tags, transparent tags; anything else is text. */
    private int onAngle(int i) {
        if (src.startsWith("<!--", i)) {
            flushText(i);
            int end = src.indexOf("-->", i + 4);
            int next = end < 0 ? src.length() : end + 3;
            textStart = next;
            return next;
        }
        boolean closing = i + 1 < src.length() && src.charAt(i + 1) == '/';
        int nameStart = i + (closing ? 2 : 1);
        int nameEnd = nameStart;
        while (nameEnd < src.length() && isNameChar(src.charAt(nameEnd))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            return i + 1;
        }
        String name = src.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
        boolean opaque = OPAQUE_TAGS.contains(name);
        if (!opaque && !TRANSPARENT_TAGS.contains(name)) {
            return i + 1;
        }
        if (nameEnd < src.length() && !isTagBoundary(src.charAt(nameEnd))) {
            return i + 1;
        }
        int gt = findTagEnd(nameEnd);
        if (gt < 0) {
            return i + 1;
        }
        flushText(i);
        if (closing || !opaque) {
            // a stray closing tag, or a transparent tag: dropped
            textStart = gt + 1;
            return gt + 1;
        }
        boolean selfClosing = src.charAt(gt - 1) == '/';
        String attrText = src.substring(nameEnd, selfClosing ? gt - 1 : gt);
        if (selfClosing) {
            stack.peek().children.add(new Node.TagNode(name, TagAttributes.parse(attrText), "", true));
            textStart = gt + 1;
            return gt + 1;
        }
        int close = findClose(name, gt + 1);
        if (close < 0) {
            // an unclosed extension tag: the opening tag is dropped, what follows is read on
            textStart = gt + 1;
            return gt + 1;
        }
        int closeEnd = src.indexOf('>', close);
        stack.peek().children.add(new Node.TagNode(name, TagAttributes.parse(attrText),
                src.substring(gt + 1, close), false));
        textStart = closeEnd + 1;
        return closeEnd + 1;
    }

    private Node materialize(Deferred d) {
        List<String> parts = splitParts(d.innerStart(), d.innerEnd(), d.pipes());
        if (d.kind() == Kind.LINK) {
            return new Node.LinkNode(parts);
        }
        return d.argument() ? new Node.ArgumentNode(parts) : new Node.TemplateNode(parts);
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isTagBoundary(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /**
     * The '>' ending a tag that starts before {@code from}; tags never span more than a short
     * stretch. A quoted attribute value is skipped whole, so that {@code <ref name="a <b>">} ends
     * after the quote, not inside it.
     */
    private int findTagEnd(int from) {
        int limit = Math.min(src.length(), from + 2000);
        for (int j = from; j < limit; j++) {
            char c = src.charAt(j);
            if (c == '>') {
                return j;
            }
            if ((c == '"' || c == '\'') && isAttributeValueStart(from, j)) {
                int close = closingQuote(c, j + 1, limit);
                if (close > 0) {
                    j = close;
                    continue;
                }
            }
            if (c == '<' || c == '\n' && j + 1 < limit && src.charAt(j + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** True when the quote at {@code quote} follows an "=" (spaces between allowed). */
    private boolean isAttributeValueStart(int from, int quote) {
        int k = quote - 1;
        while (k >= from && src.charAt(k) == ' ') {
            k--;
        }
        return k >= from && src.charAt(k) == '=';
    }

    /** The quote closing an attribute value, before {@code limit} and any blank line; -1 when there is none. */
    private int closingQuote(char quote, int from, int limit) {
        for (int k = from; k < limit; k++) {
            char c = src.charAt(k);
            if (c == quote) {
                return k;
            }
            if (c == '\n' && k + 1 < limit && src.charAt(k + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Start of the closing tag {@code </name>} at or after {@code from}, or -1. Searches are cached
     * per tag name so that many unclosed openers do not rescan the rest of the text each time.
     */
    private int findClose(String name, int from) {
        int[] cached = closeTagCache.get(name);
        if (cached != null && from >= cached[0] && (cached[1] < 0 || from <= cached[1])) {
            return cached[1];
        }
        String needle = "</" + name;
        int found = -1;
        int j = from;
        while (true) {
            j = indexOfLower(needle, j);
            if (j < 0) {
                break;
            }
            int k = j + needle.length();
            while (k < lower.length && Character.isWhitespace(lower[k])) {
                k++;
            }
            if (k < lower.length && lower[k] == '>') {
                found = j;
                break;
            }
            j = j + 1;
        }
        closeTagCache.put(name, new int[] {from, found});
        return found;
    }

    private int indexOfLower(String needle, int from) {
        int last = lower.length - needle.length();
        outer:
        for (int j = from; j <= last; j++) {
            for (int k = 0; k < needle.length(); k++) {
                if (lower[j + k] != needle.charAt(k)) {
                    continue outer;
                }
            }
            return j;
        }
        return -1;
    }

    /** The top-level nodes: adjacent text joined, deferred constructs made into nodes. */
    private List<Node> merge(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes.size());
        StringBuilder pending = null;
        for (Node raw : nodes) {
            Node node = raw instanceof Deferred d ? materialize(d) : raw;
            if (node instanceof Node.TextNode t) {
                if (pending == null) {
                    pending = new StringBuilder();
                }
                pending.append(t.text());
            } else {
                if (pending != null) {
                    out.add(new Node.TextNode(pending.toString()));
                    pending = null;
                }
                out.add(node);
            }
        }
        if (pending != null) {
            out.add(new Node.TextNode(pending.toString()));
        }
        return out;
    }
}
