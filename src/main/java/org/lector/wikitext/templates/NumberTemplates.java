package org.lector.wikitext.templates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Text;

/**
 * Numbers and money: the {@code formatnum:} parser function (the parser may pass
 * {@code {{formatnum:1234}}} through as a template whose name holds the number) → "1,234",
 * {@code {{US$|5 million}}} / {@code {{United States dollar|5}}} → "US$5 million",
 * {@code {{sigfig|4.22|1}}} (the number rounded to that many significant figures), and
 * {@code {{val|1.2|e=3|u=mg/L}}}: the number, its power of ten with the exponent raised, its unit.
 */
final class NumberTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("us$", "united states dollar", "usd", "formatnum", "sigfig", "val");
    }

    @Override
    public Set<String> prefixes() {
        return Set.of("formatnum:");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String key = call.key();
        if (key.equals("sigfig")) {
            return TemplateResult.inlines(Inlines.printed(context, significant(call.arg(1), call.arg(2))));
        }
        if (key.equals("val")) {
            return TemplateResult.inlines(value(call, context));
        }
        if (key.startsWith("formatnum")) {
            String raw = key.startsWith("formatnum:") ? call.name().trim().substring("formatnum:".length())
                    : call.arg(1);
            return text(group(context.plainText(raw.trim())));
        }
        String amount = call.arg(1);
        return text(amount.isEmpty() ? "US$" : "US$" + group(context.plainText(amount)));
    }

    private static String significant(String number, String figures) {
        try {
            BigDecimal v = new BigDecimal(number.replace(",", ""));
            int n = Integer.parseInt(figures.isEmpty() ? "2" : figures);
            return v.round(new MathContext(n)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return number;
        }
    }

    /** {@code {{val|14.6|u=mg/L}}}, {@code {{val|1.2|e=3}}}, {@code {{val|5|(3)}}}: the uncertainty is left out. */
    private static List<Inline> value(TemplateCall call, TemplateContext context) {
        List<Inline> out = new ArrayList<>(Inlines.printed(context, call.arg(1)));
        out.addAll(NotationTemplates.powerOfTen("×10", call.getOrEmpty("e"), context));
        String unit = call.first("u", "ul");
        if (!unit.isEmpty()) {
            out.add(new Text(" "));
            out.addAll(context.parseInline(unit));
        }
        return out;
    }

    private static TemplateResult text(String s) {
        return s.isEmpty() ? TemplateResult.nothing() : TemplateResult.inline(new Text(s));
    }

    /** "1234567.5" → "1,234,567.5"; anything that is not a plain number stays as written. */
    static String group(String number) {
        if (!number.matches("-?\\d+(\\.\\d+)?")) {
            return number;
        }
        boolean negative = number.startsWith("-");
        String digits = negative ? number.substring(1) : number;
        int dot = digits.indexOf('.');
        String integer = dot < 0 ? digits : digits.substring(0, dot);
        String fraction = dot < 0 ? "" : digits.substring(dot);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(integer.charAt(i));
        }
        return (negative ? "-" : "") + sb + fraction;
    }
}
