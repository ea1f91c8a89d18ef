package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Superscript;
import org.lector.document.Text;

/**
 * Footnotes numbered by hand, from before {@code <ref>} (and in tables, where refs would land in
 * the article's notes list instead of under the table). The mark in the text is raised, the
 * note's own mark is printed before its text, both as the author numbered them:
 * <ul>
 *   <li>{@code {{ref label|A|1|a}}} → raised "[1]"; {@code {{note label|A|1|a}}} → "[1] " before the
 *       note's text; {@code {{ref|id|*}}} and {@code {{note|id|*}}} the same with the mark given
 *       (without one, the mark was a number the browser counted: nothing to show);</li>
 *   <li>German Wikipedia's {@code {{FN|a}}} → raised "a", {@code {{FNZ|a|text}}} → raised "a" and the
 *       text.</li>
 * </ul>
 */
final class HandNumberedNotes implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("ref label", "note label", "ref", "note", "fn", "fnz", "fnbox");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "ref label" -> raised(bracketed(call.arg(2)));
            case "note label" -> label(bracketed(call.arg(2)));
            case "ref" -> raised(call.arg(2));
            case "note" -> label(call.arg(2));
            case "fn" -> raised(call.arg(1));
            case "fnz" -> fnz(call, context);
            // FNBox frames the FNZ lines after a table: the lines are read as they are
            default -> TemplateResult.inlinesOrNothing(context.parseInline(call.arg(1)));
        };
    }

    private static String bracketed(String mark) {
        return mark.isEmpty() ? "" : "[" + mark + "]";
    }

    private static TemplateResult raised(String mark) {
        return mark.isEmpty() ? TemplateResult.nothing()
                : TemplateResult.inline(new Superscript(List.of(new Text(mark))));
    }

    private static TemplateResult label(String mark) {
        return mark.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Text(mark + " "));
    }

    private static TemplateResult fnz(TemplateCall call, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        if (!call.arg(1).isEmpty()) {
            out.add(new Superscript(List.of(new Text(call.arg(1)))));
            out.add(new Text(" "));
        }
        out.addAll(context.parseInline(call.arg(2)));
        return TemplateResult.inlinesOrNothing(out);
    }
}
