package org.lector.wikitext;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.lector.document.Inline;
import org.lector.document.LineBreak;
import org.lector.document.Link;
import org.lector.document.Text;
import org.lector.wikitext.InlineBuilder.Container;

/**
 * Reads plain wikitext (no templates, links or extension tags left): apostrophe emphasis, inline
 * HTML tags, entities, external links and bare URLs. Emphasis closes at the end of each line, as
 * in MediaWiki.
 */
final class TextScanner {
    private static final Pattern HTML_TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)(\\s[^<>]*)?\\s*(/?)>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});");
    private static final Pattern EXTERNAL_LINK = Pattern.compile(
            "\\[((?:https?:|ftp:|mailto:|irc:|news:)?//[^\\]\\s<>\"]+|mailto:[^\\]\\s<>\"]+)(?:[ \\t]+([^\\]\\n]*))?\\]");
    private static final Pattern BARE_URL = Pattern.compile("(?:https?|ftp)://[^\\s<>\\[\\]\"{}|]+");
    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]+__");

    /** Tags that open and close a container; "10<sup>15</sup>" is not 1015, so the level is kept. */
    private static final Map<String, Container> CONTAINER_TAGS = Map.ofEntries(
            Map.entry("i", Container.ITALIC), Map.entry("em", Container.ITALIC), Map.entry("cite", Container.ITALIC),
            Map.entry("var", Container.ITALIC), Map.entry("dfn", Container.ITALIC),
            Map.entry("b", Container.BOLD), Map.entry("strong", Container.BOLD),
            Map.entry("sup", Container.SUPERSCRIPT), Map.entry("sub", Container.SUBSCRIPT),
            Map.entry("code", Container.CODE), Map.entry("tt", Container.CODE), Map.entry("kbd", Container.CODE),
            Map.entry("samp", Container.CODE));
    /** Tags dropped while their content is kept. */
    private static final Set<String> TRANSPARENT = Set.of(
            "small", "big", "u", "s", "del", "ins", "strike", "font", "abbr",
            "q", "center", "div", "p", "mark", "bdi", "bdo", "time", "data",
            "ruby", "rb", "rt", "rp", "table", "tr", "td", "th", "caption", "tbody", "thead", "tfoot",
            "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "wbr", "hr",
            "onlyinclude", "noinclude", "nowiki", "includeonly", "references", "ref", "gallery");

    private final ParseSession session;
    private final InlineBuilder out;
    /** For each open {@code <span>}: whether it opened a language span. */
    private final Deque<Boolean> spans = new ArrayDeque<>();

    TextScanner(ParseSession session, InlineBuilder out) {
        this.session = session;
        this.out = out;
    }

    void scan(String s) {
        int n = s.length();
        int plainStart = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            int next = -1;
            if (c == '\'' && i + 1 < n && s.charAt(i + 1) == '\'') {
                flush(s, plainStart, i);
                next = apostrophes(s, i);
            } else if (c == '\n') {
                flush(s, plainStart, i);
                out.closeAll();
                spans.clear(); // the spans closed with everything else
                out.text(" ");
                next = i + 1;
            } else if (c == '<') {
                Matcher m = HTML_TAG.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    // text before the tag goes out first: the tag may add an inline (a line break)
                    flush(s, plainStart, i);
                    plainStart = i;
                    if (handleTag(m)) {
                        next = m.end();
                    }
                }
            } else if (c == '&') {
                Matcher m = ENTITY.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    flush(s, plainStart, i);
                    out.text(StringEscapeUtils.unescapeHtml4(m.group()));
                    next = m.end();
                }
            } else if (c == '[') {
                Matcher m = EXTERNAL_LINK.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    flush(s, plainStart, i);
                    externalLink(m.group(1), m.group(2));
                    next = m.end();
                } else if (i + 1 < n && s.charAt(i + 1) == '[') {
                    // an opener the preprocessor found unbalanced: not for reading
                    flush(s, plainStart, i);
                    session.warn("unbalanced [[ dropped");
                    next = i + 2;
                }
            } else if (c == '|' && (i == 0 || s.charAt(i - 1) != ' ' || i + 1 >= n || s.charAt(i + 1) != ' ')) {
                // a pipe outside any link, template or table is what is left of broken markup
                // ("a | b" with spaces is a separator some titles use, and is kept)
                flush(s, plainStart, i);
                session.warn("stray | read as a space");
                out.text(" ");
                next = i + 1;
            } else if ((c == ']' || c == '{' || c == '}') && i + 1 < n && s.charAt(i + 1) == c) {
                flush(s, plainStart, i);
                session.warn("unbalanced " + c + c + " dropped");
                next = i + 2;
            } else if ((c == 'h' || c == 'f') && (i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1)))) {
                Matcher m = BARE_URL.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    flush(s, plainStart, i);
                    String url = m.group().replaceAll("[.,;:!?)]+$", "");
                    out.inline(new Link(url, true, List.of(new Text(url))));
                    next = i + url.length();
                }
            } else if (c == '~' && s.startsWith("~~~", i)) {
                flush(s, plainStart, i);
                next = i;
                while (next < n && s.charAt(next) == '~') {
                    next++;
                }
            } else if (c == '_' && s.startsWith("__", i)) {
                Matcher m = MAGIC_WORD.matcher(s).region(i, n);
                if (m.lookingAt()) {
                    flush(s, plainStart, i);
                    next = m.end();
                }
            }
            if (next >= 0) {
                i = next;
                plainStart = next;
            } else {
                i++;
            }
        }
        flush(s, plainStart, n);
    }

    private void flush(String s, int from, int to) {
        if (to > from) {
            out.text(s.substring(from, to));
        }
    }

    /** MediaWiki's apostrophe rules: 2 italic, 3 bold, 5 both; 4 is an apostrophe then bold. */
    private int apostrophes(String s, int i) {
        int j = i;
        while (j < s.length() && s.charAt(j) == '\'') {
            j++;
        }
        int run = j - i;
        if (run == 4) {
            out.text("'");
            run = 3;
        } else if (run > 5) {
            // MediaWiki prints the extra apostrophes; a run that long is debris, not text to read
            session.warn("run of " + run + " apostrophes read as bold italic");
            run = 5;
        }
        if (run == 2) {
            out.toggle(Container.ITALIC);
        } else if (run == 3) {
            out.toggle(Container.BOLD);
        } else {
            boolean italic = out.isOpen(Container.ITALIC);
            boolean bold = out.isOpen(Container.BOLD);
            if (italic && bold) {
                out.close(Container.BOLD);
                out.close(Container.ITALIC);
            } else if (italic) {
                out.close(Container.ITALIC);
                out.open(Container.BOLD);
            } else if (bold) {
                out.close(Container.BOLD);
                out.open(Container.ITALIC);
            } else {
                out.open(Container.ITALIC);
                out.open(Container.BOLD);
            }
        }
        return j;
    }

    /** Applies a known HTML tag; false when the tag is unknown (then it is read as text). */
    private boolean handleTag(Matcher m) {
        boolean closing = !m.group(1).isEmpty();
        String name = m.group(2).toLowerCase(Locale.ROOT);
        Map<String, String> attrs = m.group(3) == null ? Map.of() : TagAttributes.parse(m.group(3));
        if (name.equals("br")) {
            out.inline(new LineBreak());
        } else if (CONTAINER_TAGS.containsKey(name)) {
            containerTag(CONTAINER_TAGS.get(name), closing);
        } else if (name.equals("span")) {
            span(closing, attrs);
        } else if (!TRANSPARENT.contains(name)) {
            return false;
        }
        return true;
    }

    private void containerTag(Container kind, boolean closing) {
        if (closing) {
            out.close(kind);
        } else {
            out.open(kind);
        }
    }

    private void span(boolean closing, Map<String, String> attrs) {
        if (!closing) {
            String lang = attrs.getOrDefault("lang", attrs.get("xml:lang"));
            boolean isLang = lang != null && !lang.isBlank();
            spans.push(isLang);
            if (isLang) {
                out.openLang(lang.trim());
            }
        } else if (!spans.isEmpty() && spans.pop()) {
            out.close(Container.LANG);
        }
    }

    private void externalLink(String url, String label) {
        if (label == null || label.isBlank()) {
            // MediaWiki shows a bare number ("[1]"), which carries nothing for a reader in running
            // text; in a footnote the address may be all the source there is
            if (session.inNote()) {
                out.inline(new Link(url, true, List.of(new Text(url))));
            }
            return;
        }
        InlineBuilder labelOut = new InlineBuilder();
        new TextScanner(session, labelOut).scan(label);
        // plain text holds no construct that could hoist a block, so the label is runs only
        List<Inline> content = new ArrayList<>();
        for (InlinePiece piece : labelOut.finish()) {
            if (piece instanceof InlinePiece.Run run) {
                content.addAll(run.content());
            }
        }
        out.inline(new Link(url, true, content));
    }
}
