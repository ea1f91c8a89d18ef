package org.lector.wikitext.templates;

import java.util.Set;
import org.lector.document.Text;

/**
 * Numbers and money: the {@code formatnum:} parser function (the parser may pass
 * {@code {{formatnum:1234}}} through as a template whose name holds the number) → "1,234", and
 * {@code {{US$|5 million}}} / {@code {{United States dollar|5}}} → "US$5 million".
 */
final class NumberTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("us$", "united states dollar", "usd", "formatnum");
    }

    @Override
    public Set<String> prefixes() {
        return Set.of("formatnum:");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String key = call.key();
        if (key.startsWith("formatnum")) {
            String raw = key.startsWith("formatnum:") ? call.name().trim().substring("formatnum:".length())
                    : call.arg(1);
            return text(group(context.plainText(raw.trim())));
        }
        String amount = call.arg(1);
        return text(amount.isEmpty() ? "US$" : "US$" + group(context.plainText(amount)));
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
