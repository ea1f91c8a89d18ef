package org.lector.wikitext.templates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * Numbers and money: the {@code formatnum:} parser function (the parser may pass
 * {@code {{formatnum:1234}}} through as a template whose name holds the number) → "1,234",
 * {@code {{US$|5 million}}} / {@code {{United States dollar|5}}} → "US$5 million",
 * {@code {{sigfig|4.22|1}}} (the number rounded to that many significant figures), and Indian
 * rupees with their Indian magnitudes, {@code {{INRConvert|11.32|lc}}} → "₹11.32 lakh crore" (the
 * dollar amount it adds needs an exchange rate of the day, and is left out with a warning).
 * {@code {{val}}} is {@link ValTemplate}.
 */
final class NumberTemplates implements TemplateHandler {
    /** Template:INRConvert's magnitude codes. */
    private static final Map<String, String> MAGNITUDES = Map.of("k", "thousand", "l", "lakh",
            "lakh", "lakh", "c", "crore", "crore", "crore", "lc", "lakh crore", "m", "million", "b", "billion",
            "t", "trillion", "kc", "thousand crore");

    @Override
    public Set<String> names() {
        return Set.of("us$", "united states dollar", "usd", "formatnum", "sigfig", "inrconvert", "inr convert");
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
        if (key.startsWith("inr")) {
            return rupees(call, context);
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

    private static TemplateResult rupees(TemplateCall call, TemplateContext context) {
        String amount = context.plainText(call.arg(1)).trim();
        if (amount.isEmpty()) {
            return TemplateResult.nothing();
        }
        String magnitude = MAGNITUDES.getOrDefault(call.arg(2).toLowerCase(Locale.ROOT), "");
        context.warn("{{INRConvert}}: the amount in US dollars needs an exchange rate and was left out");
        return text("₹" + group(amount.replace(",", "")) + (magnitude.isEmpty() ? "" : " " + magnitude));
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
