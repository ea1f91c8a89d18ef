package org.lector.wikitext.templates;

import java.util.List;

/**
 * A unit {@code {{convert}}} knows: how it is printed (symbol, singular and plural name), what it
 * measures, and how it relates to that dimension's base unit: {@code base = value × factor +
 * offset} (only temperatures have an offset), or {@code base = factor / value} for the
 * {@code inverse} units of fuel consumption (litres per 100 km against miles per gallon).
 * {@code defaultTargets} are the units Module:Convert converts to when the call names none
 * (empty: none, the value is shown alone). The units themselves are in {@link ConvertUnits}.
 */
record ConvertUnit(String code, String symbol, String singular, String plural, String dimension,
                   double factor, double offset, boolean inverse, List<String> defaultTargets) {

    ConvertUnit {
        defaultTargets = List.copyOf(defaultTargets);
    }

    /** The unit for a code as editors write it ("km2", "C", "°C", "e6acre", "kg/ha"); null when unknown. */
    static ConvertUnit find(String code) {
        return ConvertUnits.find(code);
    }

    double toBase(double value) {
        return inverse ? factor / value : value * factor + offset;
    }

    double fromBase(double base) {
        return inverse ? factor / base : (base - offset) / factor;
    }

    /** The name as convert prints it: plural unless exactly one or used as an adjective; US spelling on request. */
    String name(boolean plural, boolean us) {
        String n = plural ? this.plural : singular;
        return us ? n.replace("metre", "meter").replace("litre", "liter") : n;
    }

    /** Symbols for "per" units and degrees attach differently: "140/km2", but "20 °C" and "5 km". */
    String withSymbol(String number) {
        return symbol.startsWith("/") ? number + symbol : number + " " + symbol;
    }

    /** The same unit with another code, symbol and names (an alias written as a whole unit: "PD/km2"). */
    ConvertUnit renamed(String newCode) {
        return new ConvertUnit(newCode, symbol, singular, plural, dimension, factor, offset, inverse, defaultTargets);
    }
}
