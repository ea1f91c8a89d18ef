package org.lector.wikitext.templates;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * Numbers and money: the {@code formatnum:} parser function (the parser may pass
 * {@code {{formatnum:1234}}} through as a template whose name holds the number) → "1,234",
 * {@code {{US$|5 million}}} / {@code {{United States dollar|5}}} → "US$5 million" and the other
 * currencies ({@code {{GBP|100}}} → "£100", {@code {{€|5}}}, {@code {{JPY}}}, {@code {{CAD}}}…),
 * {@code {{ordinal|3}}} → "3rd", {@code {{round|3.14159|2}}} → "3.14", {@code {{percentage|1|3|1}}} → "33.3%",
 * {@code {{sigfig|4.22|1}}} (the number rounded to that many significant figures), and Indian
 * rupees with their Indian magnitudes, {@code {{INRConvert|11.32|lc}}} → "₹11.32 lakh crore" (the
 * dollar amount it adds needs an exchange rate of the day, and is left out with a warning).
 * {@code {{val}}} is {@link ValTemplate}.
 */
final class NumberTemplates implements TemplateHandler {
    /** Currency templates ({@code {{GBP|100}}} → "£100") and the sign each prints before the amount. */
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("us$", "US$"),
            Map.entry("united states dollar", "US$"), Map.entry("usd", "US$"), Map.entry("gbp", "£"),
            Map.entry("£", "£"), Map.entry("€", "€"), Map.entry("eur", "€"), Map.entry("euro", "€"),
            Map.entry("jpy", "¥"), Map.entry("¥", "¥"), Map.entry("yen", "¥"), Map.entry("inr", "₹"),
            Map.entry("₹", "₹"), Map.entry("cad", "CA$"), Map.entry("aud", "A$"), Map.entry("nzd", "NZ$"),
            Map.entry("hkd", "HK$"), Map.entry("chf", "CHF "), Map.entry("cny", "CN¥"), Map.entry("rmb", "CN¥"),
            Map.entry("krw", "₩"), Map.entry("rub", "₽"), Map.entry("brl", "R$"), Map.entry("sgd", "S$"));
    /** Template:INRConvert's magnitude codes. */
    private static final Map<String, String> MAGNITUDES = Map.of("k", "thousand", "l", "lakh",
            "lakh", "lakh", "c", "crore", "crore", "crore", "lc", "lakh crore", "m", "million", "b", "billion",
            "t", "trillion", "kc", "thousand crore");

    @Override
    public Set<String> names() {
        Set<String> names = new HashSet<>(CURRENCIES.keySet());
        names.addAll(Set.of("formatnum", "sigfig", "inrconvert", "inr convert", "ordinal", "round", "percentage"));
        return names;
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
        if (key.equals("ordinal")) {
            return text(ordinal(context.plainText(call.arg(1)).trim()));
        }
        if (key.equals("round")) {
            return text(rounded(call.arg(1), call.arg(2)));
        }
        if (key.equals("percentage")) {
            return text(percentage(call.arg(1), call.arg(2), call.arg(3)));
        }
        String sign = CURRENCIES.get(key);
        String amount = call.arg(1);
        return text(amount.isEmpty() ? sign.strip() : sign + group(context.plainText(amount)));
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

    /** "1" → "1st", "12" → "12th", "23" → "23rd"; anything else as written. */
    static String ordinal(String number) {
        if (!number.matches("-?\\d{1,12}")) {
            return number;
        }
        long n = Math.abs(Long.parseLong(number));
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th"
                : switch ((int) (n % 10)) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return number + suffix;
    }

    /** {{round|3.14159|2}} → "3.14"; a value that is no number stays as written. */
    private static String rounded(String number, String places) {
        try {
            int n = places.isEmpty() ? 0 : Integer.parseInt(places.trim());
            return new BigDecimal(number.replace(",", "").trim()).setScale(Math.max(-12, Math.min(n, 12)),
                    RoundingMode.HALF_UP).toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return number;
        }
    }

    /** {{percentage|1|3|1}} → "33.3%": the first number as a share of the second (decimals: third, else 0). */
    private static String percentage(String part, String whole, String places) {
        try {
            BigDecimal share = new BigDecimal(part.replace(",", "").trim()).multiply(BigDecimal.valueOf(100))
                    .divide(new BigDecimal(whole.replace(",", "").trim()), new MathContext(20));
            return rounded(share.toPlainString(), places) + "%";
        } catch (NumberFormatException | ArithmeticException e) {
            return "";
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
