package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.lector.document.Inline;
import org.lector.document.Subscript;
import org.lector.document.Superscript;
import org.lector.document.Text;

/**
 * Chemical formulas: {@code {{chem|H|2|O}}} (elements and counts in turn, a charge such as
 * "2-" raised, a leading mass number raised), {@code {{chem2|SO4(2-)}}} (see
 * {@link ChemicalFormula}), and the shorthands {@code {{CO2}}}, {@code {{H2O}}}, {@code {{O2}}}.
 * Counts become {@link Subscript} and charges {@link Superscript}, so that "H2O" keeps its
 * lowered 2 for print and the speech stage can read the formula rather than a number.
 */
final class ChemistryTemplates implements TemplateHandler {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern CHARGE = Pattern.compile("\\d*[+\\-−]");

    @Override
    public Set<String> names() {
        return Set.of("chem", "chemf", "chem2", "co2", "h2o", "o2");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        List<Inline> out = switch (call.key()) {
            case "chem2" -> ChemicalFormula.read(context.parseInline(call.first("1")));
            case "co2" -> shorthand("CO", call.arg(1));
            case "h2o" -> List.of(new Text("H"), ChemicalFormula.shifted("2", false), new Text("O"));
            case "o2" -> shorthand("O", "");
            default -> chem(call.args(), context);
        };
        return TemplateResult.inlinesOrNothing(out);
    }

    /**
     * {@code {{chem}}}'s parameters alternate between a group ("SO", "(CH") and its count; a
     * parameter that is a charge ("+", "2-") is raised wherever it stands. A number first is a
     * mass number ({{chem|4|He}}), and a second number after it the atomic number.
     */
    private static List<Inline> chem(List<String> args, TemplateContext context) {
        List<Inline> out = new ArrayList<>();
        int first = 0;
        if (args.size() > 1 && NUMBER.matcher(args.get(0)).matches()) {
            out.add(ChemicalFormula.shifted(args.get(0), true));
            first = 1;
            if (args.size() > 2 && NUMBER.matcher(args.get(1)).matches()) {
                out.add(ChemicalFormula.shifted(args.get(1), false));
                first = 2;
            }
        }
        for (int k = first; k < args.size(); k++) {
            String arg = args.get(k);
            if (arg.isEmpty()) {
                continue;
            }
            if (k > first && CHARGE.matcher(arg).matches()) {
                out.add(ChemicalFormula.shifted(arg, true));
            } else if ((k - first) % 2 == 1) {
                out.add(new Subscript(context.parseInline(arg)));
            } else {
                out.addAll(context.parseInline(arg));
            }
        }
        return out;
    }

    /** "CO" and a lowered 2, then what the template adds after it. */
    private static List<Inline> shorthand(String group, String after) {
        List<Inline> out = new ArrayList<>(List.of(new Text(group), ChemicalFormula.shifted("2", false)));
        out.addAll(Inlines.text(after));
        return out;
    }
}
