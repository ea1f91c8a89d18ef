package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lector.document.Text;

/**
 * {@code {{convert}}} and {@code {{cvt}}} (convert with abbr=on), in print form:
 * {@code {{convert|5|km|mi}}} → "5 kilometres (3.1 mi)". The input shows its unit's name unless
 * abbreviated; the outputs their symbols, rounded as Module:Convert rounds ({@link ConvertNumbers})
 * or to an explicit precision / sigfig=. Supported: ranges ({@code |1|to|5|km}, {@code |1|-|5|km}),
 * input in two units ({@code |5|ft|6|in|m} → "5 feet 6 inches (1.68 m)"), several outputs
 * ({@code |km|m mi}, {@code km+mi}, {@code ft;m} → "(1,000 m; 0.62 mi)"), each unit's default
 * outputs, adj=on ("5-kilometre"), sp=us ("kilometers"), abbr=on/off/in/out/values,
 * disp=flip/or/semicolon/comma/out/number, order=flip, and "ftin" output. The units are in
 * {@link ConvertUnits}. {@code {{height|m=1.85}}} is the {@code {{cvt}}} it stands for. A unit code no reading of which is certain is never printed as a code:
 * its parts are named as far as they are known ("e3foo/d" → "thousand foo per day"), with a warning.
 */
final class ConvertTemplate implements TemplateHandler {
    /** Range words between two values, and how each prints. */
    private static final Map<String, String> RANGES = Map.ofEntries(Map.entry("-", "–"), Map.entry("–", "–"),
            Map.entry("to", " to "), Map.entry("to(-)", " to "), Map.entry("and", " and "),
            Map.entry("and(-)", " and "), Map.entry("or", " or "), Map.entry("x", " × "), Map.entry("×", " × "),
            Map.entry("by", " by "), Map.entry("+/-", " ± "), Map.entry("±", " ± "), Map.entry("&", " & "),
            Map.entry("tonocomma", " to "));
    private static final Set<String> YES = Set.of("on", "yes", "y");

    /**
     * A parsed call: the written values and the separators between them, the input unit, a second
     * value and unit of a two-unit input (or null), the output units and an explicit precision.
     */
    private record Request(List<String> values, List<String> separators, String unit, String secondValue,
                           String secondUnit, List<String> targets, Integer precision) {
        boolean mixed() {
            return secondValue != null;
        }
    }

    @Override
    public Set<String> names() {
        return Set.of("convert", "cvt", "height");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        if (call.key().equals("height")) {
            call = height(call);
        }
        Request r = parse(call);
        if (r == null) {
            context.warn("{{" + call.name() + "}} without a number: left out");
            return TemplateResult.nothing();
        }
        ConvertUnit in = ConvertUnit.find(r.unit());
        Abbreviation abbr = Abbreviation.of(call);
        if (in == null) {
            context.warn("{{convert}}: unknown unit \"" + r.unit() + "\", printed as its name");
            String shown = joinValues(r, r.values().stream().map(ConvertNumbers::written).toList());
            return text(r.unit().isEmpty() ? shown : shown + " " + UnitNames.readable(r.unit()));
        }
        ConvertUnit second = r.mixed() ? ConvertUnit.find(r.secondUnit()) : null;
        List<ConvertUnit> outs = new ArrayList<>();
        for (String code : targets(r, in)) {
            ConvertUnit out = ConvertUnit.find(code);
            if (out == null || !out.dimension().equals(in.dimension())) {
                context.warn("{{convert}}: cannot convert " + r.unit() + " to \"" + code + "\"");
            } else {
                outs.add(out);
            }
        }
        String inText = inputText(r, in, second, call, abbr.inSymbol() || abbr.valuesOnly(), abbr);
        if (outs.isEmpty()) {
            return text(inText);
        }
        boolean flip = call.first("disp").equalsIgnoreCase("flip") || call.first("order").equalsIgnoreCase("flip");
        List<String> outTexts = new ArrayList<>();
        for (ConvertUnit out : outs) {
            List<String> converted = new ArrayList<>();
            if (second != null) {
                double base = in.toBase(ConvertNumbers.parse(r.values().get(0)))
                        + second.toBase(ConvertNumbers.parse(r.secondValue()));
                converted.add(convert(base, r.secondValue(), second, out, r.precision(), true, call));
            } else {
                for (String v : r.values()) {
                    converted.add(convert(in.toBase(ConvertNumbers.parse(v)), v, in, out, r.precision(), false, call));
                }
            }
            // flipped, the first output is written as the input would be, and the input as an output
            boolean leads = flip && outTexts.isEmpty();
            outTexts.add(leads ? withUnit(r, converted, out, call, abbr.inSymbol()) : unitText(r, converted, out, call, abbr));
        }
        if (flip) {
            inText = inputText(r, in, second, call, !abbr.outName(), abbr);
        }
        return text(render(inText, outTexts, call, flip));
    }

    /** How units are written: symbols or names on each side, or numbers alone (abbr=values). */
    private record Abbreviation(boolean inSymbol, boolean outName, boolean valuesOnly) {
        static Abbreviation of(TemplateCall call) {
            String a = call.first("abbr").toLowerCase(Locale.ROOT);
            boolean cvt = call.key().equals("cvt");
            return new Abbreviation(YES.contains(a) || a.equals("in") || cvt && !a.equals("off"),
                    a.equals("off") || a.equals("in"), a.equals("values"));
        }
    }

    /**
     * {@code {{height|m=1.85}}} → "1.85 m (6 ft 1 in)", {@code {{height|ft=6|in=1}}} → "6 ft 1 in
     * (1.85 m)": the same conversion as the {@code {{cvt}}} it stands for.
     */
    private static TemplateCall height(TemplateCall call) {
        Map<String, String> params = new LinkedHashMap<>();
        if (!call.first("m").isEmpty() || !call.first("cm").isEmpty()) {
            String unit = call.first("m").isEmpty() ? "cm" : "m";
            params.put("1", call.first(unit));
            params.put("2", unit);
            params.put("3", "ftin");
        } else {
            params.put("1", call.first("ft", "feet"));
            params.put("2", "ft");
            if (!call.first("in", "inch").isEmpty()) {
                params.put("3", call.first("in", "inch"));
                params.put("4", "in");
            }
            params.put(Integer.toString(params.size() + 1), "m");
        }
        return new TemplateCall("cvt", params);
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
        List<String> unitAndTargets = splitUnits(unit);
        unit = unitAndTargets.isEmpty() ? "" : unitAndTargets.get(0);
        String secondValue = null;
        String secondUnit = null;
        if (values.size() == 1 && i + 1 < args.size() && ConvertNumbers.parse(args.get(i)) != null) {
            ConvertUnit first = ConvertUnit.find(unit);
            ConvertUnit next = ConvertUnit.find(args.get(i + 1));
            if (first != null && next != null && first.dimension().equals(next.dimension())) {
                secondValue = args.get(i);
                secondUnit = args.get(i + 1);
                i += 2;
            }
        }
        List<String> targets = new ArrayList<>(unitAndTargets.subList(Math.min(1, unitAndTargets.size()),
                unitAndTargets.size()));
        if (i < args.size() && !args.get(i).matches("-?\\d+")) {
            targets.addAll(splitUnits(args.get(i++)));
        }
        Integer precision = null;
        if (i < args.size() && args.get(i).matches("-?\\d{1,2}")) {
            precision = Integer.parseInt(args.get(i));
        }
        return new Request(values, separators, unit, secondValue, secondUnit, targets, precision);
    }

    /** "m ft", "km+mi", "ft;m" → each unit; "L/100 km" and "uk gal" are one unit with a space in it. */
    private static List<String> splitUnits(String codes) {
        String c = codes.trim();
        if (ConvertUnit.find(c) != null) {
            return List.of(c);
        }
        c = c.replaceAll("(?i)(l/100)\\s++km", "$1km");
        List<String> out = new ArrayList<>();
        for (String part : c.split("[\\s+;,]++")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out;
    }

    /** The outputs asked for, else the unit's defaults (a short length in metres shows feet and inches). */
    private static List<String> targets(Request r, ConvertUnit in) {
        if (!r.targets().isEmpty()) {
            return r.targets();
        }
        if (in.code().equals("m") && !r.mixed() && r.values().stream().map(ConvertNumbers::parse)
                .allMatch(v -> v != 0 && Math.abs(v) < 3)) {
            return List.of("ftin");
        }
        return in.defaultTargets();
    }

    /**
     * {@code base} (the quantity in its dimension's base unit) in {@code out}, rounded for a value
     * written as {@code written} in {@code unit}.
     */
    private static String convert(double base, String written, ConvertUnit unit, ConvertUnit out, Integer precision,
                                  boolean mixed, TemplateCall call) {
        double result = out.fromBase(base);
        if (out.code().equals("ftin")) {
            return feetAndInches(result, precision == null ? 0 : precision);
        }
        String sigfig = call.first("sigfig");
        if (sigfig.matches("\\d{1,2}") && Integer.parseInt(sigfig) > 0) {
            return ConvertNumbers.formatSignificant(result, Integer.parseInt(sigfig));
        }
        int decimals;
        if (precision != null) {
            decimals = precision;
        } else {
            double value = ConvertNumbers.parse(written);
            // a temperature is a point on a scale (its ratio is of unit sizes); a change of one is a quantity
            boolean temperature = unit.dimension().equals("temperature");
            double ratio = temperature || unit.inverse() || out.inverse() ? out.factor() / unit.factor()
                    : value / result;
            // a temperature's trailing zeros are significant: 20 °C is 68 °F, not 70 °F
            int inPrecision = ConvertNumbers.inputPrecision(written);
            decimals = ConvertNumbers.defaultPrecision(temperature ? Math.max(0, inPrecision) : inPrecision,
                    unit.inverse() || out.inverse() ? 1 : ratio, temperature ? 0 : result);
            if (mixed) {
                // the smaller unit of "6 ft 1 in" is a fine measure: "1.85 m", not "1.9 m"
                decimals++;
            }
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

    private static String render(String inText, List<String> outTexts, TemplateCall call, boolean flip) {
        String disp = call.first("disp").toLowerCase(Locale.ROOT);
        String first = inText;
        String rest = String.join("; ", outTexts);
        if (flip) {
            // the converted value leads; the original follows
            first = outTexts.get(0);
            List<String> after = new ArrayList<>(List.of(inText));
            after.addAll(outTexts.subList(1, outTexts.size()));
            rest = String.join("; ", after);
        }
        return switch (disp) {
            case "or" -> first + " or " + rest;
            case "semicolon", ";" -> first + "; " + rest;
            case "comma", "," -> first + ", " + rest;
            case "sqbr" -> first + " [" + rest + "]";
            case "out", "output only", "output number only" -> String.join("; ", outTexts);
            case "number" -> outTexts.get(0).replaceFirst("\\s.*$", "");
            default -> first + " (" + rest + ")";
        };
    }

    private static String inputText(Request r, ConvertUnit in, ConvertUnit second, TemplateCall call, boolean symbol,
                                    Abbreviation abbr) {
        List<String> written = r.values().stream().map(ConvertNumbers::written).toList();
        if (abbr.valuesOnly()) {
            return joinValues(r, written);
        }
        String text = withUnit(r, written, in, call, symbol);
        if (second != null) {
            String more = ConvertNumbers.written(r.secondValue());
            boolean adjective = call.first("adj").matches("(?i)on|yes|y");
            text += (adjective ? "-" : " ") + withUnit(r, List.of(more), second, call, symbol);
        }
        return text;
    }

    private static String unitText(Request r, List<String> converted, ConvertUnit out, TemplateCall call,
                                   Abbreviation abbr) {
        if (out.code().equals("ftin") || abbr.valuesOnly()) {
            return joinValues(r, converted);
        }
        return withUnit(r, converted, out, call, !abbr.outName());
    }

    private static String withUnit(Request r, List<String> numbers, ConvertUnit unit, TemplateCall call,
                                   boolean symbol) {
        String joined = numbers.size() == 1 ? numbers.get(0) : joinValues(r, numbers);
        if (symbol) {
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
