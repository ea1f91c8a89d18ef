package org.lector.wikitext.templates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.lector.document.Code;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.SmallCaps;

/**
 * Templates that only style their text: size ({@code {{small}}}, {@code {{big}}},
 * {@code {{resize}}}), wrapping ({@code {{nowrap}}}), maintenance marks that wrap the article's own
 * words ({@code {{citation needed span|text}}}: the words stay, the mark is for editors),
 * {@code {{abbr|UN|United Nations}}} (the
 * abbreviation is what is printed; expansion is the speech stage's job), {@code {{sic}}}, and
 * the styles that carry meaning: emphasis ({@code {{em}}}, {@code {{strong}}}) becomes
 * {@link Emphasis}, {@code {{smallcaps}}} {@link SmallCaps}, and {@code {{code}}}, {@code {{kbd}}},
 * {@code {{samp}}} {@link Code}.
 */
final class WrapperTemplates implements TemplateHandler {
    /** Text is the first positional parameter; the style is lost on purpose. */
    private static final Set<String> FIRST_ARG = Set.of("nowrap", "nobr", "small", "smaller", "big", "larger",
            "large", "huge", "nobold", "noitalic", "abbr", "abbrlink", "visible anchor", "vanchor", "nowrap2",
            "midsize", "allcaps", "longitem", "center", "centre", "plain", "normal", "bold", "ital", "serif",
            "sans-serif", "mono", "tooltip", "hover title", "underline", "u", "strikethrough", "s", "highlight",
            "not a typo", "notatypo", "proper name", "as written", "citation needed span", "cn span", "fact span",
            "clarify span", "dubious span", "disputed span", "vague span", "when span", "better source needed span");

    @Override
    public Set<String> names() {
        Set<String> all = new HashSet<>(FIRST_ARG);
        all.addAll(Set.of("resize", "align", "em", "strong", "sic", "small caps", "smallcaps", "sc", "code", "kbd",
                "samp"));
        return all;
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "em" -> emphasis(Emphasis.Style.ITALIC, call, context);
            case "strong" -> emphasis(Emphasis.Style.BOLD, call, context);
            case "small caps", "smallcaps", "sc" -> wrapped(SmallCaps::new, call, context);
            case "code", "kbd", "samp" -> wrapped(Code::new, call, context);
            // {{resize|90%|text}} or {{resize|text}}; {{align|center|text}}
            case "resize", "align" -> text(call.args().size() >= 2 ? call.arg(2) : call.arg(1), context);
            case "sic" -> sic(call, context);
            default -> text(call.first("1", "text"), context);
        };
    }

    private static TemplateResult text(String wikitext, TemplateContext context) {
        if (wikitext.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.inlines(context.parseInline(wikitext));
    }

    private static TemplateResult emphasis(Emphasis.Style style, TemplateCall call, TemplateContext context) {
        return wrapped(children -> new Emphasis(style, children), call, context);
    }

    /** The text parameter ({@code 1=} or {@code text=}) parsed and put in a container; nothing without it. */
    static TemplateResult wrapped(Function<List<Inline>, Inline> container, TemplateCall call,
                                  TemplateContext context) {
        String t = call.first("1", "text");
        if (t.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.inline(container.apply(context.parseInline(t)));
    }

    /** {{sic|Illinios}}, {{sic|Il|linios}} (split to dodge spell-checkers), {{sic|hide=y|x}}; bare {{sic}} marks the preceding text. */
    private static TemplateResult sic(TemplateCall call, TemplateContext context) {
        String joined = String.join("", call.args());
        if (joined.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.inlines(context.parseInline(joined));
    }
}
