package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.Subscript;
import org.lector.document.Superscript;
import org.lector.document.Text;

/**
 * Scientific notation written with templates: {@code {{sup}}}, {@code {{sub}}}, stacked
 * {@code {{su|p=…|b=…}}}, powers of ten ({@code {{e|24}}} → "×10" and a raised 24,
 * {@code {{10^|24}}}), fractions ({@code {{frac|1|2}}} → "1/2") and formulas set in wikitext
 * ({@code {{math}}}, {@code {{mvar|x}}} in italics). Raised and lowered text keeps its level
 * ({@link Superscript}, {@link Subscript}): "10<sup>15</sup>" is ten to the fifteenth, not 1015.
 * Fractions stay in plain characters: the speech stage reads "1/2" reliably, while the fraction
 * slash U+2044 would need special cases downstream.
 */
final class NotationTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("sub", "sup", "su", "e", "10^", "frac", "fraction", "sfrac", "math", "mvar", "var", "radic",
                "pi");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "sup" -> WrapperTemplates.wrapped(Superscript::new, call, context);
            case "sub" -> WrapperTemplates.wrapped(Subscript::new, call, context);
            case "su" -> stacked(call, context);
            case "e" -> TemplateResult.inlinesOrNothing(powerOfTen("×10", call.arg(1), context));
            case "10^" -> TemplateResult.inlinesOrNothing(powerOfTen("10", call.arg(1), context));
            case "frac", "fraction", "sfrac" -> text(fraction(call));
            // {{radic|2}} → "√2", {{radic|8|3}} → "∛8"
            case "radic" -> text(call.arg(1).isEmpty() ? "√" : (call.arg(2).equals("3") ? "∛" : call.arg(2).equals("4")
                    ? "∜" : "√") + context.plainText(call.arg(1)));
            case "pi" -> text("π");
            case "mvar", "var" -> call.arg(1).isEmpty() ? TemplateResult.nothing()
                    : TemplateResult.inline(new Emphasis(Emphasis.Style.ITALIC, List.of(
                            new Text(context.plainText(call.arg(1))))));
            // math: the formula as written, its <sup> and <sub> kept
            default -> TemplateResult.inlinesOrNothing(context.parseInline(call.first("1", "text")));
        };
    }

    /** {{su|p=+2|b=−1}}: the upper part, then the lower one, as they are printed one above the other. */
    private static TemplateResult stacked(TemplateCall call, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        String upper = call.first("p", "1");
        String lower = call.first("b", "2");
        if (!upper.isEmpty()) {
            out.add(new Superscript(context.parseInline(upper)));
        }
        if (!lower.isEmpty()) {
            out.add(new Subscript(context.parseInline(lower)));
        }
        return TemplateResult.inlinesOrNothing(out);
    }

    /** "×10" or "10" followed by the raised exponent; nothing without an exponent. */
    static List<Inline> powerOfTen(String base, String exponent, TemplateContext context) {
        if (exponent.isEmpty()) {
            return List.of();
        }
        return List.of(new Text(base), new Superscript(context.parseInline(exponent)));
    }

    private static TemplateResult text(String s) {
        return s.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Text(s));
    }

    /** {{frac|2}} → "1/2", {{frac|1|2}} → "1/2", {{frac|1|1|2}} → "1 1/2". */
    private static String fraction(TemplateCall call) {
        List<String> args = call.args();
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> "1/" + args.get(0);
            case 2 -> args.get(0) + "/" + args.get(1);
            default -> args.get(0) + " " + args.get(1) + "/" + args.get(2);
        };
    }
}
