package org.lector.source;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Undoes one more kind of damage seen in pasted wikitext: markup that was XML-escaped on its
 * way (copied out of an export file or a page's HTML source): {@code &lt;ref&gt;} for every
 * {@code <ref>}, {@code &quot;} for quotes, {@code &amp;nbsp;} for {@code &nbsp;}. Read as it
 * is, every footnote would be spoken as text. An article may legitimately write {@code &lt;}
 * (a less-than sign that must not open a tag), so the text is unescaped only when it shows the
 * pattern: at least {@value #MIN_ESCAPED} escaped tags of wikitext's own ({@code &lt;ref},
 * {@code &lt;/ref}, {@code &lt;br}, {@code &lt;!--} …) and more than ten times as many as real
 * ones. Then every XML escape is undone in one pass ({@code &amp;lt;} becomes {@code &lt;}, not
 * {@code <}), and the repair is reported.
 */
public final class EscapedMarkup {
    /** Fewer escaped tags than this are not evidence: an article about HTML may show a few. */
    static final int MIN_ESCAPED = 3;
    /** Tag names that, escaped, can only be wikitext markup escaped by mistake. */
    private static final Set<String> TAGS = Set.of("ref", "references", "br", "small", "sup", "sub", "div", "span",
            "math", "nowiki", "gallery", "blockquote", "poem", "center", "code", "syntaxhighlight", "chem", "big",
            "s", "u", "i", "b", "p", "hr", "abbr", "includeonly", "noinclude", "onlyinclude", "score", "timeline",
            "imagemap", "mapframe", "templatestyles", "section", "pre", "table", "tr", "td", "th");

    private EscapedMarkup() {
    }

    /** The text unescaped with a warning when its markup was escaped; unchanged otherwise. */
    public static Repaired repair(String text) {
        int escaped = countTags(text, "&lt;");
        if (escaped < MIN_ESCAPED || escaped <= 10 * countTags(text, "<")) {
            return Repaired.unchanged(text);
        }
        return new Repaired(unescape(text), List.of("the wikitext's markup was XML-escaped (" + escaped
                + " escaped tags such as &lt;ref&gt;); it was unescaped before reading"));
    }

    /** How many wikitext tags (opening, closing or comments) start with {@code open} ("<" or "&lt;"). */
    static int countTags(String text, String open) {
        int count = 0;
        for (int i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + open.length())) {
            int k = i + open.length();
            if (text.startsWith("!--", k)) {
                count++;
                continue;
            }
            if (k < text.length() && text.charAt(k) == '/') {
                k++;
            }
            int end = k;
            while (end < text.length() && end - k < 20 && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end > k && TAGS.contains(text.substring(k, end).toLowerCase(Locale.ROOT))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                count++;
            }
        }
        return count;
    }

    /** Undoes the five XML escapes and numeric ones of ASCII, each once, left to right. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '&') {
                int semi = text.indexOf(';', i);
                if (semi > i && semi - i <= 6) {
                    String replacement = switch (text.substring(i + 1, semi)) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "quot" -> "\"";
                        case "apos", "#39" -> "'";
                        case "amp" -> "&";
                        default -> null;
                    };
                    if (replacement != null) {
                        out.append(replacement);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
