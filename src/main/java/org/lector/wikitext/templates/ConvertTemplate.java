package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * {@code {{convert}}} and {@code {{cvt}}} (convert with abbr=on), in print form:
 * {@code {{convert|5|km|mi}}} → "5 kilometres (3.1 mi)". The input shows its unit's name unless
 * abbr=on; the output its symbol, rounded as Module:Convert rounds ({@link ConvertNumbers}) or to
 * an explicit precision / sigfig=. Supported: ranges ({@code |1|to|5|km}, {@code |1|-|5|km}),
 * adj=on ("5-kilometre"), sp=us ("kilometers"), disp=flip/or/semicolon/out, and "ftin" output.
 * Unknown units print as written, with a warning, so nothing is silently lost.
 */
final class ConvertTemplate implements TemplateHandler {
    /** Range words between two values, and how each prints. */
    private static final Map<String, String> RANGES = Map.ofEntries(Map.entry("-", "–"), Map.entry("–", "–"),
            Map.entry("to", " to "), Map.entry("to(-)", " to "), Map.entry("and", " and "),
            Map.entry("and(-)", " and "), Map.entry("or", " or "), Map.entry("x", " × "), Map.entry("×", " × "),
            Map.entry("by", " by "), Map.entry("+/-", " ± "), Map.entry("±", " ± "), Map.entry("&", " & "));

    /** A parsed call: the written values, the separators between them, units and options. */
    private record Request(List<String> values, List<String> separators, String unit, String target,
                           Integer precision) {
    }

    @Override
    public Set<String> names() {
        return Set.of("convert", "cvt");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        Request r = parse(call);
        if (r == null) {
            context.warn("{{" + call.name() + "}} without a number: left out");
            return TemplateResult.nothing();
        }
        ConvertUnit in = ConvertUnit.find(r.unit());
        boolean abbr = call.key().equals("cvt") || call.first("abbr").matches("(?i)on|yes|y|in|values");
        if (in == null) {
            context.warn("{{convert}}: unknown unit \"" + r.unit() + "\"");
            return text(joinValues(r, r.values()) + (r.unit().isEmpty() ? "" : " " + r.unit()));
        }
        String targetCode = r.target().isEmpty() ? in.defaultTarget() : r.target().split(" ")[0];
        ConvertUnit out = ConvertUnit.find(targetCode);
        if (out == null || !out.dimension().equals(in.dimension())) {
            context.warn("{{convert}}: cannot convert " + r.unit() + " to \"" + targetCode + "\"");
            return text(inputText(r, r.values(), in, call, abbr));
        }
        List<String> converted = new ArrayList<>();
        for (String v : r.values()) {
            converted.add(convert(v, in, out, r.precision(), call));
        }
        return text(render(r, in, out, converted, call, abbr));
    }

    private static Request parse(TemplateCall call) {
        List<String> args = call.args();
        if (args.isEmpty() || ConvertNumbers.parse(args.get(0)) == null) {
            return null;
        }
        List<String> values = new ArrayList<>(List.of(args.get(0)));
        List<String> separators = new ArrayList<>();
        int i = 1;
        while (i + 1 < args.size() && RANGES.containsKey(args.get(i)) && ConvertNumbers.parse(args.get(i + 1)) != null) {
            separators.add(RANGES.get(args.get(i)));
            values.add(args.get(i + 1));
            i += 2;
        }
        String unit = i < args.size() ? args.get(i++) : "";
        String target = "";
        if (i < args.size() && !args.get(i).matches("-?\\d+")) {
            target = args.get(i++);
        }
        Integer precision = null;
        if (i < args.size() && args.get(i).matches("-?\\d+")) {
            precision = Integer.parseInt(args.get(i));
        }
        return new Request(values, separators, unit, target, precision);
    }

    private static String convert(String written, ConvertUnit in, ConvertUnit out, Integer precision, TemplateCall call) {
        double value = ConvertNumbers.parse(written);
        double result = out.fromBase(in.toBase(value));
        if (out.code().equals("ftin")) {
            return feetAndInches(result, precision == null ? 0 : precision);
        }
        String sigfig = call.first("sigfig");
        if (sigfig.matches("\\d+") && Integer.parseInt(sigfig) > 0) {
            return ConvertNumbers.formatSignificant(result, Integer.parseInt(sigfig));
        }
        int decimals;
        if (precision != null) {
            decimals = precision;
        } else {
            boolean temperature = in.dimension().equals("temperature");
            double ratio = temperature ? out.factor() / in.factor() : value / result;
            // a temperature's trailing zeros are significant: 20 °C is 68 °F, not 70 °F
            int inPrecision = ConvertNumbers.inputPrecision(written);
            decimals = ConvertNumbers.defaultPrecision(temperature ? Math.max(0, inPrecision) : inPrecision, ratio,
                    temperature ? 0 : result);
        }
        return ConvertNumbers.format(result, decimals);
    }

    /** "5 ft 5 in": whole feet, then inches rounded to {@code decimals} (carrying 12 in to a foot). */
    private static String feetAndInches(double feet, int decimals) {
        double totalInches = Math.abs(feet) * 12;
        long whole = (long) Math.floor(totalInches / 12);
        double inches = Double.parseDouble(ConvertNumbers.format(totalInches - whole * 12, decimals).replace(",", ""));
        if (inches >= 12) {
            whole++;
            inches -= 12;
        }
        String sign = feet < 0 ? "-" : "";
        return sign + whole + " ft " + ConvertNumbers.format(inches, decimals) + " in";
    }

    private static String render(Request r, ConvertUnit in, ConvertUnit out, List<String> converted,
                                 TemplateCall call, boolean abbr) {
        String disp = call.first("disp").toLowerCase(Locale.ROOT);
        boolean outputNames = call.first("abbr").equalsIgnoreCase("off");
        String inText = inputText(r, r.values(), in, call, abbr);
        String outText = unitText(r, converted, out, call, !outputNames);
        if (disp.equals("flip")) {
            // the converted value leads, written as an input would be; the original follows as a symbol
            inText = unitText(r, converted, out, call, abbr);
            outText = inputText(r, r.values(), in, call, true);
        }
        return switch (disp) {
            case "or" -> inText + " or " + outText;
            case "semicolon", ";" -> inText + "; " + outText;
            case "comma", "," -> inText + ", " + outText;
            case "out", "output only", "output number only" -> outText;
            case "number" -> joinValues(r, converted);
            default -> inText + " (" + outText + ")";
        };
    }

    private static String inputText(Request r, List<String> values, ConvertUnit in, TemplateCall call, boolean abbr) {
        List<String> written = values.stream().map(ConvertNumbers::written).toList();
        return withUnit(r, written, in, call, abbr);
    }

    private static String unitText(Request r, List<String> converted, ConvertUnit out, TemplateCall call,
                                   boolean abbr) {
        if (out.code().equals("ftin")) {
            return joinValues(r, converted);
        }
        return withUnit(r, converted, out, call, abbr);
    }

    private static String withUnit(Request r, List<String> numbers, ConvertUnit unit, TemplateCall call, boolean abbr) {
        String joined = joinValues(r, numbers);
        if (abbr) {
            return unit.withSymbol(joined);
        }
        boolean adjective = call.first("adj").matches("(?i)on|yes|y");
        boolean us = call.first("sp").equalsIgnoreCase("us");
        if (adjective) {
            return joined + "-" + unit.name(false, us);
        }
        boolean plural = numbers.size() > 1 || !numbers.get(0).matches("1(\\.0+)?");
        return joined + " " + unit.name(plural, us);
    }

    private static String joinValues(Request r, List<String> numbers) {
        StringBuilder sb = new StringBuilder(numbers.get(0));
        for (int i = 1; i < numbers.size(); i++) {
            sb.append(r.separators().get(i - 1)).append(numbers.get(i));
        }
        return sb.toString();
    }

    private static TemplateResult text(String s) {
        return TemplateResult.inline(new Text(s));
    }
}
