package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Text;

/** Links as hatnotes show them: "A#B" reads "A § B"; "A{{!}}label" and "l1=" labels override. */
final class HatnoteLinks {
    private HatnoteLinks() {
    }

    /** A link to {@code page}; {@code label} (wikitext, may be blank) replaces the shown title. */
    static List<Inline> link(String page, String label, TemplateContext context) {
        String target = Inlines.stripComments(page);
        String shownLabel = label == null ? "" : label.trim();
        int bar = indexOfBar(target);
        if (bar >= 0) {
            String after = target.substring(bar).replaceFirst("^(\\{\\{!}}|\\|)", "");
            if (shownLabel.isEmpty()) {
                shownLabel = after.trim();
            }
            target = target.substring(0, bar).trim();
        }
        target = target.replaceFirst("^:", "").trim();
        if (target.isEmpty()) {
            return List.of();
        }
        List<Inline> shown = shownLabel.isEmpty()
                ? List.of(new Text(display(target)))
                : context.parseInline(shownLabel);
        return List.of(new Link(target, false, shown));
    }

    /** "History of Belgium#Middle Ages" → "History of Belgium § Middle Ages"; "#Foo" → "§ Foo". */
    static String display(String target) {
        int hash = target.indexOf('#');
        if (hash < 0) {
            return target;
        }
        String page = target.substring(0, hash).trim();
        String section = target.substring(hash + 1).trim();
        return page.isEmpty() ? "§ " + section : page + " § " + section;
    }

    /** Links for positional pages from {@code from} on, each with its "lN=" label (N counts pages). */
    static List<List<Inline>> links(TemplateCall call, int from, TemplateContext context) {
        List<List<Inline>> out = new ArrayList<>();
        List<String> args = call.args();
        for (int i = from; i <= args.size(); i++) {
            int n = i - from + 1;
            String label = call.first("l" + n, "label " + n, "label" + n);
            List<Inline> link = link(args.get(i - 1), label, context);
            if (!link.isEmpty()) {
                out.add(link);
            }
        }
        return out;
    }

    private static int indexOfBar(String s) {
        int t = s.indexOf("{{!}}");
        int b = s.indexOf('|');
        if (t < 0) {
            return b;
        }
        return b < 0 ? t : Math.min(t, b);
    }
}
