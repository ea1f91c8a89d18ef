package org.lector.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;
import org.lector.script.ReadingScript;
import org.lector.testing.ScriptLeaks;

/**
 * Counts wikitext markup that reached a script's text, as {@code shared/tools/scriptcheck.py leak}
 * does (its patterns, plus raw tags, numeric character references and control characters), but
 * fairly for a test case: an occurrence the case's expected output itself shows (a nowiki case's
 * {@code ''}, an escaped {@code &lt;ref&gt;}) is allowed, up to as many as the expected output
 * holds.
 */
final class MarkupLeaks {
    /**
     * The tags that are markup in MediaWiki: the HTML it accepts in wikitext and the extension
     * tags of Wikipedia. Any other tag ({@code <script>}, a parser-test hook's {@code <tag>}) is
     * shown by MediaWiki as text, so reading it as text is no leak.
     */
    private static final List<String> MARKUP_TAGS = List.of(
            "abbr", "b", "bdi", "bdo", "big", "blockquote", "br", "caption", "center", "cite", "code",
            "data", "dd", "del", "dfn", "div", "dl", "dt", "em", "font", "h[1-6]", "hr", "i", "ins",
            "kbd", "li", "link", "mark", "meta", "ol", "p", "pre", "q", "rb", "rp", "rt", "rtc", "ruby",
            "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "table", "td", "th",
            "time", "tr", "tt", "u", "ul", "var", "wbr",
            "categorytree", "ce", "charinsert", "chem", "gallery", "graph", "hiero", "imagemap",
            "includeonly", "indicator", "inputbox", "mapframe", "maplink", "math", "noinclude",
            "nowiki", "onlyinclude", "poem", "ref", "references", "score", "section", "source",
            "syntaxhighlight", "templatedata", "templatestyles", "timeline");
    /** Alt texts: a reader hears them, though the expected HTML has them in attributes. */
    private static final Pattern ALT = Pattern.compile("\\balt=(?:\"([^\"]*+)\"|'([^']*+)')");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A tag, quoted attribute values (which may hold "<" and ">") skipped whole. */
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^\\s>/]*+(?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+>");

    /** Pattern names in report order, each with what it matches. */
    static final Map<String, Pattern> PATTERNS = patterns();

    private MarkupLeaks() {
    }

    private static Map<String, Pattern> patterns() {
        Map<String, Pattern> p = new LinkedHashMap<>();
        p.put("{{", Pattern.compile("\\{\\{"));
        p.put("}}", Pattern.compile("\\}\\}"));
        p.put("[[", Pattern.compile("\\[\\["));
        p.put("]]", Pattern.compile("\\]\\]"));
        p.put("''", Pattern.compile("''"));
        p.put("<ref", Pattern.compile("(?i)<ref"));
        p.put("</ref", Pattern.compile("(?i)</ref"));
        p.put("sfn", Pattern.compile("\\bsfnm?\\b"));
        p.put("|", Pattern.compile("\\|"));
        p.put("==", Pattern.compile("={2,}"));
        p.put("entity", Pattern.compile("&(?:[a-zA-Z][a-zA-Z0-9]*|#[0-9]+|#[xX][0-9a-fA-F]+);"));
        p.put("<!--", Pattern.compile("<!--"));
        p.put("tag", Pattern.compile("(?i)</?(?:" + String.join("|", MARKUP_TAGS) + ")(?:\\s[^<>]*)?/?>"));
        p.put("magic word", Pattern.compile("__[A-Z]+__"));
        p.put("cite parameter", Pattern.compile("\\b1a1\\b|\\bpp?=\\d"));
        p.put("thumb|", Pattern.compile("\\bthumb\\b\\|"));
        p.put("control character", Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}"));
        p.put("edit chrome", Pattern.compile("Anti-spam|not logged in"));
        return p;
    }

    /**
     * Leaks of one script, by pattern name (only patterns with leaks appear): occurrences in its
     * texts beyond those in the expected texts that show the most of them.
     */
    static Map<String, Integer> count(ReadingScript script, List<String> expectedTexts) {
        // a figure's text, description and caption are often one text: counted once
        List<String> fields = ScriptLeaks.fields(script).stream()
                .map(ScriptLeaks.Field::text).filter(t -> t != null && !t.isEmpty()).distinct().toList();
        Map<String, Integer> out = new LinkedHashMap<>();
        PATTERNS.forEach((name, pattern) -> {
            int found = fields.stream().mapToInt(f -> occurrences(pattern, f)).sum();
            int allowed = expectedTexts.stream().mapToInt(t -> occurrences(pattern, t)).max().orElse(0);
            if (found > allowed) {
                out.put(name, found - allowed);
            }
        });
        return out;
    }

    /** The first text of the script where a pattern matches, with some context, for the report. */
    static String example(ReadingScript script, String patternName) {
        Pattern p = PATTERNS.get(patternName);
        for (ScriptLeaks.Field f : ScriptLeaks.fields(script)) {
            if (f.text() == null) {
                continue;
            }
            Matcher m = p.matcher(f.text());
            if (m.find()) {
                int from = Math.max(0, m.start() - 30);
                int to = Math.min(f.text().length(), m.end() + 30);
                return f.where() + " «" + f.text().substring(from, to) + "»";
            }
        }
        return "";
    }

    /** The text an expected HTML output shows a reader: comments and tags gone, entities decoded. */
    static String visibleText(String html) {
        String withoutComments = COMMENT.matcher(html).replaceAll("");
        StringBuilder text = new StringBuilder(TAG.matcher(withoutComments).replaceAll(" "));
        Matcher alt = ALT.matcher(withoutComments);
        while (alt.find()) {
            text.append(' ').append(alt.group(1) != null ? alt.group(1) : alt.group(2));
        }
        try {
            return StringEscapeUtils.unescapeHtml4(text.toString());
        } catch (IllegalArgumentException e) {
            return text.toString(); // a reference to no character: the expected output keeps it as written
        }
    }

    private static int occurrences(Pattern p, String s) {
        int n = 0;
        Matcher m = p.matcher(s);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
