package org.lector.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Units in brackets with no number, as table headers and labels give them: "Density (kg/m3)",
 * "Specific heat (kJ/(kg·K))", "Speed (km/h)", "Height (m)" → "kilograms per cubic metre",
 * "kilojoules per kilogram kelvin", "kilometres per hour", "metres". Only a bracket set apart
 * from the word before it and holding nothing but known unit symbols is read so: "director(s)"
 * and "(L)" for a party are left alone.
 */
final class UnitLabels {
    /** A bracket with at most one bracket inside it, no spaces: "(kJ/(kg·K))". */
    private static final Pattern BRACKET = Pattern.compile(
            "(?<![\\p{L}\\p{N}])\\(([^()\\s]{1,24}+(?:\\([^()\\s]{1,24}+\\))?+[^()\\s]{0,8}+)\\)");
    /** Symbols that alone in brackets are more often something else: a party, a grade, a word. */
    private static final Set<String> NOT_ALONE = Set.of("L", "l", "K", "V", "W", "t", "h", "s", "g", "in", "st",
            "AU", "pc", "bar", "Da", "cal", "J", "T", "pp", "mln", "kn", "cc", "Pa", "ms", "pm", "¢", "hp", "mol");

    private UnitLabels() {
    }

    static String speak(String text, EnglishVariety variety) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        return Rewriter.replaceOrKeep(BRACKET, text, m -> {
            String said = units(m.group(1), variety);
            return said == null ? null : "(" + said + ")";
        });
    }

    /** "kJ/(kg·K)" → "kilojoules per kilogram kelvin"; null unless every symbol is a unit. */
    private static String units(String expression, EnglishVariety variety) {
        String e = expression.replace("(", "").replace(")", "");
        int slash = e.indexOf('/');
        if (slash != e.lastIndexOf('/')) {
            return null;
        }
        List<String> over = product(slash < 0 ? e : e.substring(0, slash), false, variety);
        List<String> under = slash < 0 ? List.of() : product(e.substring(slash + 1), true, variety);
        if (over == null || under == null || over.isEmpty()) {
            return null;
        }
        if (slash < 0 && over.size() == 1 && NOT_ALONE.contains(e)) {
            return null;
        }
        String said = String.join(" ", over);
        return under.isEmpty() ? said : said + " per " + String.join(" ", under);
    }

    /** The names of "kg·K" or "m2": plural above the line, singular below; null if one is no unit. */
    private static List<String> product(String part, boolean below, EnglishVariety variety) {
        List<String> out = new ArrayList<>();
        for (String symbol : part.split("[·⋅*.]")) {
            if (symbol.isEmpty()) {
                return null;
            }
            String power = "";
            char last = symbol.charAt(symbol.length() - 1);
            if ((last == '2' || last == '3' || last == '²' || last == '³') && symbol.length() > 1) {
                power = last == '2' || last == '²' ? "2" : "3";
                symbol = symbol.substring(0, symbol.length() - 1);
            }
            String name = UnitSpeech.name(symbol, below, variety);
            if (name == null) {
                return null;
            }
            if (!power.isEmpty()) {
                boolean length = UnitSpeech.isLength(symbol);
                name = length ? (power.equals("2") ? "square " : "cubic ") + name
                        : name + (power.equals("2") ? " squared" : " cubed");
            }
            out.add(name);
        }
        return out;
    }
}
