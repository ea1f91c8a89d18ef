package org.lector.wikitext;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lector.document.NoteRef;
import org.lector.wikitext.templates.TemplateCall;
import org.lector.wikitext.templates.TemplateHandler;

/**
 * The parser functions and magic words that appear in article text: conditionals are evaluated
 * as far as the article alone allows, {@code #tag:ref} becomes a note, formatting functions apply;
 * module calls and time functions cannot be evaluated here and are dropped with a warning.
 */
final class ParserFunctions {
    private static final Set<String> NAMES = Set.of(
            "#if", "#ifeq", "#switch", "#tag", "#invoke", "#expr", "#ifexpr", "#time", "#iferror",
            "#ifexist", "#property", "#statements", "#related", "#language", "#rel2abs", "#titleparts",
            "formatnum", "lc", "uc", "lcfirst", "ucfirst", "padleft", "padright", "urlencode",
            "anchorencode", "plural", "grammar", "gender", "int", "ns", "fullurl", "localurl",
            "displaytitle", "defaultsort", "defaultsortkey", "!", "=", "pagename", "fullpagename",
            "pagenamee", "currentyear", "currentmonth", "currentday", "currentmonthname", "namespace", "#lst", "#lsth",
            "#lstx", "#section", "#section-h", "#section-x");

    private final ParseSession session;

    ParserFunctions(ParseSession session) {
        this.session = session;
    }

    static boolean handles(String rawName) {
        return NAMES.contains(function(rawName));
    }

    private static String function(String rawName) {
        int colon = rawName.indexOf(':');
        String f = colon < 0 ? rawName : rawName.substring(0, colon);
        return f.trim().toLowerCase(Locale.ROOT);
    }

    /** What stands after the colon: {@code {{#if:x|…}}} → "x". */
    private static String firstArgument(String rawName) {
        int colon = rawName.indexOf(':');
        return colon < 0 ? "" : rawName.substring(colon + 1);
    }

    void expand(String rawName, List<String> rest, InlineBuilder out) {
        String f = function(rawName);
        String first = firstArgument(rawName);
        Optional<String> branch = branch(rawName, rest);
        if (branch.isPresent()) {
            out.inlines(session.parseInline(branch.get()));
            return;
        }
        switch (f) {
            case "#tag" -> tag(first.trim().toLowerCase(Locale.ROOT), rest, out);
            case "formatnum" -> out.text(formatNumber(session.plainText(first)));
            case "lc" -> out.text(session.plainText(first).toLowerCase(Locale.ROOT));
            case "uc" -> out.text(session.plainText(first).toUpperCase(Locale.ROOT));
            case "lcfirst", "ucfirst" -> out.text(caseFirst(session.plainText(first), f.equals("ucfirst")));
            case "!" -> out.text("|");
            case "=" -> out.text("=");
            case "pagename", "fullpagename", "pagenamee" -> out.text(session.pageTitle());
            case "plural" -> out.inlines(session.parseInline(
                    session.plainText(first).replace(",", "").trim().equals("1") ? arg(rest, 0) : arg(rest, 1)));
            case "#invoke" -> invoke(first.trim(), rest, out);
            case "#lst", "#lsth", "#lstx", "#section", "#section-h", "#section-x" ->
                    session.warn("content transcluded from another page ({{" + f + ":" + first.trim() + "}}) is not available");
            default -> {
                // functions whose result depends on the wiki or the clock: nothing to read
            }
        }
    }

    /**
     * The wikitext a conditional ({@code #if}, {@code #ifeq}, {@code #switch}) yields, trimmed as
     * MediaWiki trims it; empty for any other function. The result is wikitext still to be read:
     * at block level it may hold headings, lists and tables of its own.
     */
    Optional<String> branch(String rawName, List<String> rest) {
        String f = function(rawName);
        String first = firstArgument(rawName);
        String chosen = switch (f) {
            case "#if" -> !session.plainText(first).isBlank() ? arg(rest, 0) : arg(rest, 1);
            case "#ifeq" -> session.plainText(first).equals(session.plainText(arg(rest, 0))) ? arg(rest, 1) : arg(rest, 2);
            case "#switch" -> switchCase(session.plainText(first), rest);
            default -> null;
        };
        return Optional.ofNullable(chosen).map(String::strip);
    }

    /**
     * A Lua module call runs only where a handler registered "#invoke:module" (Module:Flag);
     * the function name is parameter 1, the module's own arguments follow.
     */
    private void invoke(String module, List<String> rest, InlineBuilder out) {
        TemplateCall call = new TemplateCall("#invoke:" + module, ParameterSplitter.split(rest));
        Optional<TemplateHandler> handler = session.registry().find(call.key());
        if (handler.isEmpty()) {
            session.warn("module call {{#invoke:" + module.toLowerCase(Locale.ROOT) + "}} dropped");
            return;
        }
        TemplateExpander.apply(handler.get().handle(call, session), out);
    }

    private static String arg(List<String> rest, int i) {
        return i < rest.size() ? rest.get(i) : "";
    }

    private String switchCase(String value, List<String> rest) {
        String fallthrough = null;
        String deflt = null;
        for (int i = 0; i < rest.size(); i++) {
            String part = rest.get(i);
            int eq = ParameterSplitter.topLevelEquals(part);
            if (eq < 0) {
                if (session.plainText(part).equals(value)) {
                    fallthrough = "";
                }
                if (i == rest.size() - 1) {
                    deflt = part;
                }
                continue;
            }
            String key = session.plainText(part.substring(0, eq));
            String result = part.substring(eq + 1);
            if (fallthrough != null || key.equals(value)) {
                return result;
            }
            if (key.equals("#default")) {
                deflt = result;
            }
        }
        return deflt == null ? "" : deflt;
    }

    private void tag(String tagName, List<String> rest, InlineBuilder out) {
        if (!tagName.equals("ref")) {
            return;
        }
        String body = arg(rest, 0);
        Map<String, String> params = ParameterSplitter.split(rest.size() > 1 ? rest.subList(1, rest.size()) : List.of());
        String name = params.getOrDefault("name", "").trim();
        String group = params.getOrDefault("group", "").trim();
        NoteRef ref = new TagRenderer(session).note(group, name, body);
        if (ref != null) {
            out.inline(ref);
        }
    }

    static String formatNumber(String s) {
        try {
            String t = s.replace(",", "").trim();
            if (t.startsWith("-") || t.startsWith("−")) {
                return "-" + formatNumber(t.substring(1));
            }
            if (t.matches("-?\\d+")) {
                return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(Long.parseLong(t));
            }
            if (t.matches("-?\\d+\\.\\d+")) {
                int dot = t.indexOf('.');
                return formatNumber(t.substring(0, dot)) + t.substring(dot);
            }
        } catch (NumberFormatException e) {
            // too long for a long: shown as written
        }
        return s.trim();
    }

    private static String caseFirst(String s, boolean upper) {
        if (s.isEmpty()) {
            return s;
        }
        String head = s.substring(0, 1);
        return (upper ? head.toUpperCase(Locale.ROOT) : head.toLowerCase(Locale.ROOT)) + s.substring(1);
    }
}
