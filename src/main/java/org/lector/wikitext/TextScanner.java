package org.lector.wikitext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.lector.document.Emphasis;
import org.lector.document.LineBreak;
import org.lector.document.Link;
import org.lector.document.Text;

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

    private static final Set<String> ITALIC_TAGS = Set.of("i", "em", "cite", "var", "dfn");
    private static final Set<String> BOLD_TAGS = Set.of("b", "strong");
    /** Tags dropped while their content is kept. */
    private static final Set<String> TRANSPARENT = Set.of(
            "small", "big", "sup", "sub", "u", "s", "del", "ins", "strike", "font", "abbr", "code",
            "tt", "kbd", "samp", "q", "center", "div", "p", "mark", "bdi", "bdo", "time", "data",
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
                    out.inline(new Link(url, true, java.util.List.of(new Text(url))));
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

    private static final Pattern MAGIC_WORD = Pattern.compile("__[A-Z]+__");

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
            out.toggle(Emphasis.Style.ITALIC);
        } else if (run == 3) {
            out.toggle(Emphasis.Style.BOLD);
        } else {
            boolean italic = out.isOpen(Emphasis.Style.ITALIC);
            boolean bold = out.isOpen(Emphasis.Style.BOLD);
            if (italic && bold) {
                out.close(Emphasis.Style.BOLD, null);
                out.close(Emphasis.Style.ITALIC, null);
            } else if (italic) {
                out.close(Emphasis.Style.ITALIC, null);
                out.openStyle(Emphasis.Style.BOLD, null);
            } else if (bold) {
                out.close(Emphasis.Style.BOLD, null);
                out.openStyle(Emphasis.Style.ITALIC, null);
            } else {
                out.openStyle(Emphasis.Style.ITALIC, null);
                out.openStyle(Emphasis.Style.BOLD, null);
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
        } else if (ITALIC_TAGS.contains(name)) {
            styleTag(Emphasis.Style.ITALIC, closing);
        } else if (BOLD_TAGS.contains(name)) {
            styleTag(Emphasis.Style.BOLD, closing);
        } else if (name.equals("span")) {
            span(closing, attrs);
        } else if (!TRANSPARENT.contains(name)) {
            return false;
        }
        return true;
    }

    private void styleTag(Emphasis.Style style, boolean closing) {
        if (closing) {
            out.close(style, null);
        } else {
            out.openStyle(style, null);
        }
    }

    private void span(boolean closing, Map<String, String> attrs) {
        if (!closing) {
            String lang = attrs.getOrDefault("lang", attrs.get("xml:lang"));
            boolean isLang = lang != null && !lang.isBlank();
            spans.push(isLang);
            if (isLang) {
                out.openStyle(null, lang.trim());
            }
        } else if (!spans.isEmpty() && spans.pop()) {
            out.close(null, null);
        }
    }

    private void externalLink(String url, String label) {
        if (label == null || label.isBlank()) {
            // MediaWiki shows a bare number ("[1]"), which carries nothing for a reader in running
            // text; in a footnote the address may be all the source there is
            if (session.inNote()) {
                out.inline(new Link(url, true, java.util.List.of(new Text(url))));
            }
            return;
        }
        InlineBuilder labelOut = new InlineBuilder();
        new TextScanner(session, labelOut).scan(label);
        java.util.List<org.lector.document.Inline> content = new java.util.ArrayList<>();
        for (Object piece : labelOut.finish()) {
            if (piece instanceof java.util.List<?> run) {
                for (Object o : run) {
                    content.add((org.lector.document.Inline) o);
                }
            }
        }
        out.inline(new Link(url, true, content));
    }
}
