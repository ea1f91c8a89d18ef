package org.lector.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lector.script.NoteText;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;

/**
 * Finds wikitext that survived into a reading script: every text field (item text, attributes,
 * note texts) is checked for template and link brackets, apostrophe runs, pipes, ref tags,
 * citation template names, heading "=" runs, HTML entities and edit-page chrome.
 */
public final class ScriptLeaks {
    private static final List<Pattern> MARKUP = List.of(
            Pattern.compile("\\{\\{"), Pattern.compile("\\}\\}"), Pattern.compile("\\[\\["),
            Pattern.compile("\\]\\]"), Pattern.compile("''"), Pattern.compile("\\|"),
            Pattern.compile("(?i)<ref"), Pattern.compile("(?i)</?(?:references|gallery|nowiki|math|blockquote|span|div|small|sup|sub)\\b"),
            Pattern.compile("(?i)\\bsfnm?\\b"), Pattern.compile("={2,}"),
            Pattern.compile("&(?:[a-z]{2,8}|#\\d+|#x[0-9a-f]+);"),
            Pattern.compile("You are not logged in"), Pattern.compile("Anti-spam check"),
            Pattern.compile("Summary: Please note"), Pattern.compile("Editing help"));

    private ScriptLeaks() {
    }

    /** Each leak as "item id: field: pattern in «context»"; empty when the script is clean. */
    public static List<String> find(ReadingScript script) {
        List<String> out = new ArrayList<>();
        for (ScriptItem item : script.items()) {
            if (item.role() == Role.FORMULA) {
                continue; // TeX source is the formula's print form
            }
            check(out, item.id() + " text", withoutFormulas(item));
            item.attributes().forEach((k, v) -> {
                if (!k.equals("tex")) {
                    check(out, item.id() + " attr " + k, v);
                }
            });
            for (NoteText n : item.notes()) {
                check(out, item.id() + " note " + n.label(), n.text());
            }
        }
        return out;
    }

    /** Inline formulas keep their TeX in the text; only the prose around them is checked. */
    private static String withoutFormulas(ScriptItem item) {
        StringBuilder sb = new StringBuilder(item.text());
        item.spans().stream().filter(s -> s.type().equals("formula"))
                .sorted((a, b) -> b.start() - a.start())
                .forEach(s -> sb.replace(s.start(), s.end(), " "));
        return sb.toString();
    }

    private static void check(List<String> out, String where, String text) {
        for (Pattern p : MARKUP) {
            var m = p.matcher(text);
            if (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                out.add(where + ": " + p + " in «" + text.substring(from, to) + "»");
            }
        }
    }
}
