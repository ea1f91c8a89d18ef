package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.document.Hatnote;
import org.lector.document.Inline;
import org.lector.document.Text;

/**
 * Hatnotes written as sentences, with an empty lead: {@code {{About}}}, {@code {{For}}},
 * {@code {{For timeline}}}, {@code {{Details}}}, {@code {{Redirect}}} and its variants,
 * {@code {{Distinguish}}}, German {@code {{Weiterleitungshinweis}}} and the "other uses" family
 * ({@link OtherUsesHatnotes}). All but the two that
 * lead on ({@code {{For timeline}}}, {@code {{Details}}}) are disambiguation hatnotes. Wording follows the
 * English templates ("This article is about X. For Y, see Z."). Where the template would name
 * "TITLE (disambiguation)" from the page title, which a handler does not know, the sentence is
 * left out; where it derives the page from the redirect's own name, it is built.
 */
final class DisambiguationHatnotes implements TemplateHandler {

    @Override
    public Set<String> names() {
        Set<String> names = new HashSet<>(Set.of("about", "for", "for timeline", "details", "redirect", "redirect2",
                "redirect3", "redirect-multi", "redirect-several", "redirect-distinguish", "distinguish",
                "weiterleitungshinweis"));
        names.addAll(OtherUsesHatnotes.NAMES);
        return names;
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        List<String> args = call.args();
        List<Inline> out = switch (call.key()) {
            case "about" -> about(call, args, context);
            case "for" -> forSee(args.isEmpty() ? "" : args.get(0), args.subList(Math.min(1, args.size()),
                    args.size()), "", context);
            case "for timeline" -> sentence(Inlines.concat(Inlines.text("For a chronological guide, see "),
                    Inlines.proseList(HatnoteLinks.links(call, 1, context), "and")));
            case "details" -> details(call, context);
            case "redirect-distinguish" -> redirectDistinguish(args, context);
            case "distinguish" -> distinguish(call, args, context);
            case "weiterleitungshinweis" -> weiterleitung(args, context);
            case "redirect", "redirect2", "redirect3", "redirect-multi", "redirect-several" ->
                    redirect(call.key(), args, context);
            default -> OtherUsesHatnotes.sentences(call, context);
        };
        if (Inlines.isBlank(out)) {
            return TemplateResult.nothing();
        }
        // "For a chronological guide" and "For more details" lead on, like {{Further}}; the rest tell articles apart
        Hatnote.Kind kind = call.key().equals("details") || call.key().equals("for timeline")
                ? Hatnote.Kind.FURTHER : Hatnote.Kind.DISAMBIGUATION;
        return TemplateResult.block(new Hatnote(kind, "", trimStart(out)));
    }

    /** Sentences are built with a leading space each; the first one must not keep it. */
    static List<Inline> trimStart(List<Inline> run) {
        if (!run.isEmpty() && run.get(0) instanceof Text t && t.value().startsWith(" ")) {
            List<Inline> out = new ArrayList<>(run);
            String rest = t.value().stripLeading();
            if (rest.isEmpty()) {
                out.remove(0);
            } else {
                out.set(0, new Text(rest));
            }
            return out;
        }
        return run;
    }

    private static List<Inline> about(TemplateCall call, List<String> args, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        String use = args.isEmpty() ? "" : args.get(0);
        if (!use.isBlank()) {
            String what = call.first("section").isEmpty() ? "This article" : "This section";
            out.addAll(Inlines.text(what + " is about "));
            out.addAll(context.parseInline(use));
            out.add(new Text("."));
        }
        // with no page named, Template:About points at the title's disambiguation page
        String title = context.pageTitle();
        out.addAll(forSeeTable(args.size() > 1 ? args.subList(1, args.size()) : List.of(),
                title.isBlank() ? "" : title + " (disambiguation)", context));
        return out;
    }

    /**
     * Module:Hatnote's "for-see table": USE, PAGE [, "and", PAGE]… repeated. A blank USE reads
     * "other uses"; a missing PAGE falls back to {@code defaultPage} or drops the sentence.
     */
    private static List<Inline> forSeeTable(List<String> rest, String defaultPage, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        int i = 0;
        while (i < rest.size() || i == 0 && !defaultPage.isEmpty()) {
            String use = i < rest.size() ? rest.get(i) : "";
            List<String> pages = new ArrayList<>();
            int j = i + 1;
            if (j < rest.size()) {
                pages.add(rest.get(j++));
                while (j + 1 < rest.size() && rest.get(j).equals("and")) {
                    pages.add(rest.get(j + 1));
                    j += 2;
                }
            }
            out.addAll(forSee(use, pages, defaultPage, context));
            i = Math.max(j, i + 2);
        }
        return out;
    }

    static List<Inline> forSee(String use, List<String> pages, String defaultPage, TemplateContext context) {
        List<List<Inline>> links = new ArrayList<>();
        for (String p : pages) {
            if (!p.isBlank()) {
                links.add(HatnoteLinks.link(p, "", context));
            }
        }
        if (links.isEmpty() && !defaultPage.isEmpty()) {
            links.add(HatnoteLinks.link(defaultPage, "", context));
        }
        if (links.isEmpty()) {
            return List.of();
        }
        List<Inline> out = new ArrayList<>(Inlines.text(" For "));
        out.addAll(use.isBlank() ? Inlines.text("other uses") : context.parseInline(use));
        out.add(new Text(", see "));
        out.addAll(Inlines.proseList(links, "and"));
        out.add(new Text("."));
        return out;
    }

    private static List<Inline> redirect(String key, List<String> args, TemplateContext context) {
        int count = switch (key) {
            case "redirect2" -> 2;
            case "redirect3" -> 3;
            case "redirect-several" -> args.size();
            default -> 1;
        };
        int from = 0;
        if (key.equals("redirect-multi") || key.equals("redirect-several") && !args.isEmpty()
                && args.get(0).matches("\\d+")) {
            count = args.isEmpty() ? 0 : parseCount(args.get(0));
            from = 1;
        }
        int end = Math.min(args.size(), from + count);
        List<String> redirects = args.subList(Math.min(from, end), end);
        if (redirects.isEmpty()) {
            return List.of();
        }
        List<List<Inline>> quoted = new ArrayList<>();
        for (String r : redirects) {
            quoted.add(Inlines.concat(Inlines.concat(Inlines.text("\""), context.parseInline(r)),
                    Inlines.text("\"")));
        }
        List<Inline> out = new ArrayList<>(Inlines.proseList(quoted, "and"));
        out.add(new Text(redirects.size() == 1 ? " redirects here." : " redirect here."));
        String disambiguation = redirects.get(0) + " (disambiguation)";
        out.addAll(forSeeTable(args.subList(end, args.size()), disambiguation, context));
        return out;
    }

    private static int parseCount(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static List<Inline> redirectDistinguish(List<String> args, TemplateContext context) {
        if (args.isEmpty()) {
            return List.of();
        }
        List<Inline> out = new ArrayList<>(Inlines.text("\""));
        out.addAll(context.parseInline(args.get(0)));
        out.add(new Text("\" redirects here."));
        List<Inline> not = notConfused(args.subList(1, args.size()), context);
        if (!not.isEmpty()) {
            out.add(new Text(" "));
            out.addAll(not);
        }
        return out;
    }

    private static List<Inline> distinguish(TemplateCall call, List<String> args, TemplateContext context) {
        String text = call.first("text");
        if (!text.isEmpty()) {
            return sentence(Inlines.concat(Inlines.text("Not to be confused with "), context.parseInline(text)));
        }
        return notConfused(args, context);
    }

    static List<Inline> notConfused(List<String> pages, TemplateContext context) {
        List<List<Inline>> links = new ArrayList<>();
        for (String p : pages) {
            if (!p.isBlank()) {
                links.add(HatnoteLinks.link(p, "", context));
            }
        }
        if (links.isEmpty()) {
            return List.of();
        }
        return sentence(Inlines.concat(Inlines.text("Not to be confused with "), Inlines.proseList(links, "or")));
    }

    private static List<Inline> details(TemplateCall call, TemplateContext context) {
        List<List<Inline>> pages = new ArrayList<>();
        List<Inline> page = HatnoteLinks.link(call.arg(1), "", context);
        if (page.isEmpty()) {
            return List.of();
        }
        pages.add(page);
        String topic = call.first("topic", "2");
        List<Inline> out = new ArrayList<>(Inlines.text("For more details on "));
        out.addAll(topic.isEmpty() ? Inlines.text("this topic") : context.parseInline(topic));
        out.add(new Text(", see "));
        out.addAll(Inlines.proseList(pages, "and"));
        return sentence(out);
    }

    /** {{Weiterleitungshinweis|Ziel|Begriffsklärung|Text}}: German wording, default "Ziel (Begriffsklärung)". */
    private static List<Inline> weiterleitung(List<String> args, TemplateContext context) {
        if (args.isEmpty() || args.get(0).isBlank()) {
            return List.of();
        }
        String name = args.get(0);
        String page = args.size() > 1 && !args.get(1).isBlank() ? args.get(1) : name + " (Begriffsklärung)";
        List<Inline> out = new ArrayList<>(context.parseInline(name));
        out.add(new Text(" ist eine Weiterleitung auf diesen Artikel. "));
        out.addAll(args.size() > 2 && !args.get(2).isBlank() ? context.parseInline(args.get(2))
                : Inlines.text("Zu weiteren Bedeutungen siehe "));
        out.addAll(HatnoteLinks.link(page, "", context));
        out.add(new Text("."));
        return out;
    }

    private static List<Inline> sentence(List<Inline> run) {
        if (run.isEmpty()) {
            return run;
        }
        return Inlines.concat(run, Inlines.text("."));
    }
}
