package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Text;

/**
 * {@code {{val}}}, a measured value as Module:Val prints it: the number, its uncertainty, its
 * power of ten and its unit. Nothing a reader needs is left out: the power of ten
 * ({@code e=24} → "×10" and a raised 24) least of all, since 5.97 kg and 5.97×10²⁴ kg are not the
 * same mass.
 * <ul>
 *   <li>{@code {{val|1.234|0.005}}} → "1.234 ± 0.005"; {@code {{val|1.234|+0.005|−0.006}}} →
 *       "1.234 +0.005 −0.006"; {@code {{val|1.234|(5)}}} → "1.234(5)";</li>
 *   <li>{@code e=3} with an uncertainty: "(1.234 ± 0.005)×10³";</li>
 *   <li>{@code u=}/{@code ul=} the unit, {@code up=}/{@code upl=} a unit divided by ("m/s"),
 *       {@code p=} and {@code s=} text before and after the number, {@code end=} text after it
 *       and its uncertainty, {@code fmt=commas} digits grouped with commas;</li>
 *   <li>{@code {{val|10|-|20|u=m}}} a range: "10–20 m".</li>
 * </ul>
 * The asymmetric uncertainty is stacked in print on Wikipedia; here it stays on the line, signs
 * first, because a raised number after a number would be read as a power.
 */
final class ValTemplate implements TemplateHandler {
    private static final Map<String, String> RANGES = Map.of("-", "–", "–", "–", "to", " to ", "and", " and ",
            "x", " × ", "×", " × ", "by", " by ");

    @Override
    public Set<String> names() {
        return Set.of("val");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String number = call.arg(1);
        if (number.isEmpty()) {
            context.warn("{{val}} without a number: left out");
            return TemplateResult.nothing();
        }
        boolean commas = call.first("fmt").equalsIgnoreCase("commas");
        List<Inline> value = new ArrayList<>(context.parseInline(call.first("p")));
        value.addAll(number(number, commas, context));
        String second = call.arg(2);
        boolean uncertain = false;
        if (RANGES.containsKey(second) && !call.arg(3).isEmpty()) {
            value.add(new Text(RANGES.get(second)));
            value.addAll(number(call.arg(3), commas, context));
        } else if (second.startsWith("(")) {
            value.addAll(Inlines.printed(context, second));
            uncertain = true;
        } else if (second.startsWith("+") || second.startsWith("-") || second.startsWith("−")) {
            value.add(new Text(" " + plusMinus(second)));
            if (!call.arg(3).isEmpty()) {
                value.add(new Text(" " + plusMinus(call.arg(3))));
            }
            uncertain = true;
        } else if (!second.isEmpty()) {
            value.add(new Text(" ± "));
            value.addAll(number(second, commas, context));
            uncertain = true;
        }
        value.addAll(context.parseInline(call.first("s")));
        List<Inline> out = new ArrayList<>();
        String exponent = call.first("e");
        if (!exponent.isEmpty() && uncertain) {
            out.add(new Text("("));
            out.addAll(value);
            out.add(new Text(")"));
        } else {
            out.addAll(value);
        }
        out.addAll(NotationTemplates.powerOfTen("×10", exponent, context));
        out.addAll(context.parseInline(call.first("end")));
        out.addAll(unit(call, context));
        return TemplateResult.inlines(out);
    }

    /** " kg", " m/s", "/s"; the linked forms (ul=, upl=) print the same. */
    private static List<Inline> unit(TemplateCall call, TemplateContext context) {
        String numerator = call.first("u", "ul");
        String denominator = call.first("up", "upl");
        List<Inline> out = new ArrayList<>();
        if (!numerator.isEmpty()) {
            out.add(new Text(" "));
            out.addAll(context.parseInline(numerator));
        }
        if (!denominator.isEmpty()) {
            out.add(new Text(numerator.isEmpty() ? " /" : "/"));
            out.addAll(context.parseInline(denominator));
        }
        return out;
    }

    private static List<Inline> number(String written, boolean commas, TemplateContext context) {
        String plain = context.plainText(written).trim();
        return List.of(new Text(commas ? NumberTemplates.group(plain.replace(",", "")) : plain));
    }

    /** A hyphen before an uncertainty is a minus sign. */
    private static String plusMinus(String s) {
        return s.startsWith("-") ? "−" + s.substring(1) : s;
    }
}
