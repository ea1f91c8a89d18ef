package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;

/**
 * The "other uses" family of disambiguation hatnotes, worded as Module:Hatnote words them:
 * {@code {{Other uses}}} ("For other uses, see X (disambiguation)."), {@code {{Other uses of}}},
 * {@code {{Other people}}}, {@code {{Other places}}}, {@code {{Other ships}}},
 * {@code {{About-distinguish}}}, {@code {{For-multi}}} and the generic {@code {{Hatnote}}} (its
 * text as written). A page left out defaults to "TITLE (disambiguation)", as on Wikipedia; when
 * the title is unknown the sentence is left out. {@link DisambiguationHatnotes} registers them.
 */
final class OtherUsesHatnotes {
    static final Set<String> NAMES = Set.of("other uses", "otheruses", "other uses of", "other people", "other persons",
            "other places", "other ships", "about-distinguish", "about distinguish", "for-multi", "hatnote", "dablink",
            "not to be confused with", "confused");

    private OtherUsesHatnotes() {
    }

    static List<Inline> sentences(TemplateCall call, TemplateContext context) {
        List<String> args = call.args();
        String title = context.pageTitle();
        return switch (call.key()) {
            case "other uses", "otheruses" -> DisambiguationHatnotes.forSee("", args,
                    disambiguation(title), context);
            case "other uses of" -> {
                String topic = args.isEmpty() || args.get(0).isBlank() ? title : args.get(0);
                yield topic.isBlank() ? List.of() : DisambiguationHatnotes.forSee("other uses of \"" + topic + "\"",
                        rest(args), disambiguation(topic), context);
            }
            case "other people", "other persons" -> {
                String name = args.isEmpty() || args.get(0).isBlank() ? title : args.get(0);
                yield name.isBlank() ? List.of() : DisambiguationHatnotes.forSee("other people named " + name,
                        rest(args), disambiguation(name), context);
            }
            case "other places" -> DisambiguationHatnotes.forSee("other places with the same name", args,
                    disambiguation(title), context);
            case "other ships" -> DisambiguationHatnotes.forSee("other ships with the same name", args,
                    disambiguation(title), context);
            case "about-distinguish", "about distinguish" -> aboutDistinguish(args, context);
            case "for-multi" -> forMulti(args, context);
            case "not to be confused with", "confused" -> DisambiguationHatnotes.notConfused(args, context);
            default -> args.isEmpty() ? List.of() : context.parseInline(args.get(0));
        };
    }

    private static String disambiguation(String title) {
        return title.isBlank() ? "" : title + " (disambiguation)";
    }

    private static List<String> rest(List<String> args) {
        return args.size() > 1 ? args.subList(1, args.size()) : List.of();
    }

    /** "This article is about USE. Not to be confused with A or B." */
    private static List<Inline> aboutDistinguish(List<String> args, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        if (!args.isEmpty() && !args.get(0).isBlank()) {
            out.addAll(Inlines.text("This article is about "));
            out.addAll(context.parseInline(args.get(0)));
            out.addAll(Inlines.text(". "));
        }
        out.addAll(DisambiguationHatnotes.notConfused(rest(args), context));
        return out;
    }

    /** {{For-multi|USE1|PAGE1|USE2|PAGE2…}}: "For USE1, see PAGE1. For USE2, see PAGE2." */
    private static List<Inline> forMulti(List<String> args, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i + 1 < args.size(); i += 2) {
            out.addAll(DisambiguationHatnotes.forSee(args.get(i), List.of(args.get(i + 1)), "", context));
        }
        return out;
    }
}
