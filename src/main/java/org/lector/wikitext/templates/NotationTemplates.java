package org.lector.wikitext.templates;

import java.util.Set;
import org.lector.document.Emphasis;
import org.lector.document.Text;

/**
 * Scientific notation written with templates: {@code {{sub}}}, {@code {{sup}}}, chemical formulas
 * ({@code {{chem|H|2|O}}}, {@code {{chem2|H2O}}}), fractions ({@code {{frac|1|2}}} → "1/2") and
 * formulas set in wikitext ({@code {{math}}}, {@code {{mvar|x}}} in italics). All become print
 * text in plain characters ("H2O", "1/2"): the speech stage reads those reliably, while
 * superscript digits or the fraction slash U+2044 would need special cases downstream.
 */
final class NotationTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("sub", "sup", "su", "chem", "chem2", "chemf", "frac", "fraction", "sfrac", "math", "mvar",
                "var", "co2", "h2o", "o2");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "chem", "chemf" -> text(context.plainText(String.join("", call.args())));
            case "chem2" -> text(context.plainText(call.arg(1)).replace("^", "").replace("_", ""));
            case "frac", "fraction", "sfrac" -> text(fraction(call));
            case "mvar", "var" -> call.arg(1).isEmpty() ? TemplateResult.nothing()
                    : TemplateResult.inline(new Emphasis(Emphasis.Style.ITALIC, java.util.List.of(
                            new Text(context.plainText(call.arg(1))))));
            case "su" -> text(String.join(" ", call.first("p", "1"), call.first("b", "2")).trim());
            case "co2" -> text("CO2" + call.arg(1));
            case "h2o" -> text("H2O");
            case "o2" -> text("O2");
            // sub, sup, math: the text itself
            default -> text(context.plainText(call.first("1", "text")));
        };
    }

    private static TemplateResult text(String s) {
        return s.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Text(s));
    }

    /** {{frac|2}} → "1/2", {{frac|1|2}} → "1/2", {{frac|1|1|2}} → "1 1/2". */
    static String fraction(TemplateCall call) {
        var args = call.args();
        return switch (args.size()) {
            case 0 -> "";
            case 1 -> "1/" + args.get(0);
            case 2 -> args.get(0) + "/" + args.get(1);
            default -> args.get(0) + " " + args.get(1) + "/" + args.get(2);
        };
    }
}
