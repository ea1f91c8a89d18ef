package org.lector.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.SpanKind;

/**
 * Finds wikitext that survived into a reading script: every text field (texts, figure
 * descriptions, headers, terms, note texts) is checked for template and link brackets, apostrophe
 * runs, pipes, ref tags, citation template names, heading "=" runs, HTML entities and edit-page
 * chrome.
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

    /** One text field of a script: where it is ("id kind", "id caption"…) and its text. */
    public record Field(String where, String text) {
    }

    /** Each leak as "id: field: pattern in «context»"; empty when the script is clean. */
    public static List<String> find(ReadingScript script) {
        List<String> out = new ArrayList<>();
        for (Field f : fields(script)) {
            check(out, f.where(), f.text());
        }
        return out;
    }

    /**
     * Every text field a reader meets: texts (formulas' TeX left out), note texts, figure
     * descriptions, captions and alt texts, cell headers, list terms, infobox labels.
     */
    public static List<Field> fields(ReadingScript script) {
        List<Field> out = new ArrayList<>();
        for (ScriptView.Text t : ScriptView.texts(script)) {
            if (t.kind().equals("formula")) {
                continue; // TeX source is the formula's print form
            }
            out.add(new Field(t.id() + " " + t.kind(), withoutFormulas(t.prose())));
            for (NoteText n : t.prose().notes()) {
                out.add(new Field(t.id() + " note " + n.label(), n.text()));
            }
        }
        for (ScriptBlock.Figure f : ScriptView.blocks(script, ScriptBlock.Figure.class)) {
            out.add(new Field(f.id() + " description", f.description()));
            out.add(new Field(f.id() + " caption", f.caption()));
            out.add(new Field(f.id() + " alt", f.alt()));
        }
        for (ScriptBlock.Table table : ScriptView.blocks(script, ScriptBlock.Table.class)) {
            table.rows().forEach(r -> r.cells().forEach(c -> {
                out.add(new Field(c.id() + " column header", c.columnHeader()));
                out.add(new Field(c.id() + " row header", c.rowHeader()));
            }));
        }
        for (ScriptBlock.ListBlock list : ScriptView.blocks(script, ScriptBlock.ListBlock.class)) {
            list.items().forEach(i -> out.add(new Field(i.id() + " term", i.term())));
        }
        for (ScriptBlock.Infobox box : ScriptView.blocks(script, ScriptBlock.Infobox.class)) {
            box.entries().forEach(e -> out.add(new Field(e.id() + " label", e.label())));
        }
        return out;
    }

    /** Inline formulas keep their TeX in the text; only the prose around them is checked. */
    private static String withoutFormulas(Prose prose) {
        StringBuilder sb = new StringBuilder(prose.text());
        prose.spans().stream().filter(s -> s.kind() == SpanKind.FORMULA)
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
