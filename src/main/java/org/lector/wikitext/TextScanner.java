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
    /*
     * The patterns below are tried at every '<' and '[' of an article: their quantifiers are
     * possessive and their classes disjoint from what follows them, so that a failed try costs
     * no more than the run it read (a '<' followed by 100,000 spaces must not cost 100,000²).
     */
    private static final Pattern HTML_TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*+)(\\s[^<>]*+)?/?>");
    /** As MediaWiki's: an address holds no bracket, space or quote; the label runs to the ']' on its line. */
    private static final Pattern EXTERNAL_LINK = Pattern.compile(
            "\\[((?:https?:|ftp:|mailto:|irc:|news:)?//[^\\[\\]\\s<>\"]++|mailto:[^\\[\\]\\s<>\"]++)(?:[ \\t]++([^\\]\\n]*+))?\\]");
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
            "ruby", "rb", "rt", "rp", "rtc", "table", "tr", "td", "th", "caption", "tbody", "thead", "tfoot",
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
        nextBracket = -1;
        nextNewline = -1;
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
                CharacterReferences.Decoded ref = CharacterReferences.at(s, i);
                if (ref != null) {
                    flush(s, plainStart, i);
                    if (ref.replaced()) {
                        session.warn(CharacterReferences.WARNING);
                    }
                    out.text(ref.text());
                    next = ref.end();
                }
            } else if (c == '[') {
                Matcher m = EXTERNAL_LINK.matcher(s).region(i, n);
                if (closesOnItsLine(s, i) && m.lookingAt()) {
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
                    String written = withoutTrailingPunctuation(m.group());
                    // "?a=1&amp;b=2" is written for "?a=1&b=2", as in any HTML
                    String url = CharacterReferences.decode(written, session::warn);
                    out.inline(new Link(url, true, List.of(new Text(url))));
                    next = i + written.length();
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

    /** Where the next ']' and the next newline stand, found once for all the '[' before them. */
    private int nextBracket = -1;
    private int nextNewline = -1;

    /**
     * True when a ']' follows {@code s[i]} before the line ends: without one no external link
     * starts here, and the pattern need not read the rest of the line once for every '['.
     */
    private boolean closesOnItsLine(String s, int i) {
        if (nextBracket < i) {
            int b = s.indexOf(']', i);
            nextBracket = b < 0 ? s.length() : b;
        }
        if (nextNewline < i) {
            int nl = s.indexOf('\n', i);
            nextNewline = nl < 0 ? s.length() : nl;
        }
        return nextBracket < nextNewline;
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

    /** True for a tag this scanner applies (any other is read as text). */
    static boolean isKnownTag(String lowerCaseName) {
        return lowerCaseName.equals("br") || lowerCaseName.equals("span")
                || CONTAINER_TAGS.containsKey(lowerCaseName) || TRANSPARENT.contains(lowerCaseName);
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
        } else if (!out.open(kind)) {
            warnTooDeep();
        }
    }

    private void span(boolean closing, Map<String, String> attrs) {
        if (!closing) {
            String lang = attrs.getOrDefault("lang", attrs.get("xml:lang"));
            boolean isLang = lang != null && !lang.isBlank();
            boolean opened = isLang && out.openLang(lang.trim());
            if (isLang && !opened) {
                warnTooDeep();
            }
            spans.push(opened);
        } else if (!spans.isEmpty() && spans.pop()) {
            out.close(Container.LANG);
        }
    }

    private void warnTooDeep() {
        session.warn("tags nested deeper than " + InlineBuilder.MAX_OPEN + " levels; the inner ones were read as plain text");
    }

    /** A bare URL without the sentence punctuation after it ("see http://x.org."). */
    private static String withoutTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }

    private void externalLink(String written, String label) {
        String url = CharacterReferences.decode(written, session::warn);
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
