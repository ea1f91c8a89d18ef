package org.lector.wikitext.templates;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The unit a parameter name carries: "area_km2" is an area in square kilometres, "elevation_ft"
 * in feet, "population_density_km2" per square kilometre. The infobox prints the number with its
 * unit ("30,689 km²") under the label of the rest of the name ("Area"), as Wikipedia shows it,
 * so nothing reads "Area km2" and the voice hears a number followed by its unit.
 */
final class InfoboxUnits {
    /** A unit parameter: its base name ("area"), the unit as printed ("km²") and whether it is "per" the unit. */
    record UnitKey(String base, String symbol, boolean perUnit) {
        /** "30,689" → "30,689 km²", "385" → "385/km²", "5" → "5%"; null when the value does not start with a number. */
        String withUnit(String value) {
            Matcher m = LEADING_NUMBER.matcher(value);
            if (!m.lookingAt()) {
                return null;
            }
            String rest = value.substring(m.end());
            if (!rest.isEmpty() && Character.isLetter(rest.codePointAt(0))) {
                return null; // "30,689 km2": the unit is already written
            }
            String number = m.group().strip();
            String joiner = perUnit ? "/" : symbol.equals("%") ? "" : " ";
            return number + joiner + symbol + rest;
        }
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("\\s*+[-−]?+\\d[\\d,.]*+\\s*+");

    /** Name endings, longest first, and the unit they name. */
    private static final List<Map.Entry<String, String>> SUFFIXES = List.of(
            Map.entry("_sq_mi", "sq mi"), Map.entry("_sq_km", "km²"), Map.entry("_sq_ft", "sq ft"),
            Map.entry("_sqmi", "sq mi"), Map.entry("_km2", "km²"), Map.entry("_mi2", "sq mi"),
            Map.entry("_km3", "km³"), Map.entry("_m2", "m²"), Map.entry("_m3", "m³"), Map.entry("_ha", "ha"),
            Map.entry("_acre", "acres"), Map.entry("_acres", "acres"), Map.entry("_km", "km"), Map.entry("_mi", "mi"),
            Map.entry("_ft", "ft"), Map.entry("_cm", "cm"), Map.entry("_mm", "mm"), Map.entry("_m", "m"),
            Map.entry("_kg", "kg"), Map.entry("_lb", "lb"), Map.entry("_lbs", "lb"), Map.entry("_percent", "%"),
            Map.entry("_pct", "%"));

    private InfoboxUnits() {
    }

    /** The unit of a normalised parameter name ("area_km2"), or null when it names none. */
    static UnitKey of(String key) {
        for (Map.Entry<String, String> s : SUFFIXES) {
            if (key.endsWith(s.getKey()) && key.length() > s.getKey().length()) {
                String base = key.substring(0, key.length() - s.getKey().length());
                boolean per = base.endsWith("_per") || base.endsWith("density");
                if (base.endsWith("_per")) {
                    base = base.substring(0, base.length() - "_per".length());
                }
                return base.isEmpty() ? null : new UnitKey(base, s.getValue(), per);
            }
        }
        return null;
    }
}
