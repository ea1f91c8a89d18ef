package org.lector.wikitext.templates;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A unit {@code {{convert}}} knows: how it is printed (symbol, singular and plural name), what it
 * measures, and how it relates to that dimension's base unit ({@code base = value × factor + offset};
 * only temperatures have an offset). The table holds the units the corpus articles convert and
 * their usual partners; Module:Convert's full table has thousands, added here as articles need them.
 */
record ConvertUnit(String code, String symbol, String singular, String plural, String dimension,
                   double factor, double offset, String defaultTarget) {

    private static final Map<String, ConvertUnit> UNITS = new HashMap<>();
    private static final Map<String, String> ALIASES = Map.of("C", "°C", "F", "°F", "l", "L",
            "sqkm", "km2", "kph", "km/h", "acres", "acre", "nm", "nmi", "tonne", "t", "tonnes", "t");

    static {
        // length, base metre
        add("km", "km", "kilometre", "kilometres", "length", 1000, "mi");
        add("m", "m", "metre", "metres", "length", 1, "ft");
        add("cm", "cm", "centimetre", "centimetres", "length", 0.01, "in");
        add("mm", "mm", "millimetre", "millimetres", "length", 0.001, "in");
        add("mi", "mi", "mile", "miles", "length", 1609.344, "km");
        add("ft", "ft", "foot", "feet", "length", 0.3048, "m");
        add("in", "in", "inch", "inches", "length", 0.0254, "cm");
        add("yd", "yd", "yard", "yards", "length", 0.9144, "m");
        add("nmi", "nmi", "nautical mile", "nautical miles", "length", 1852, "km");
        add("ftin", "ft", "foot", "feet", "length", 0.3048, "m"); // output as "5 ft 5 in"
        // area, base square metre
        add("km2", "km2", "square kilometre", "square kilometres", "area", 1e6, "sqmi");
        add("m2", "m2", "square metre", "square metres", "area", 1, "sqft");
        add("cm2", "cm2", "square centimetre", "square centimetres", "area", 1e-4, "sqin");
        add("sqmi", "sq mi", "square mile", "square miles", "area", 2589988.110336, "km2");
        add("sqft", "sq ft", "square foot", "square feet", "area", 0.09290304, "m2");
        add("sqin", "sq in", "square inch", "square inches", "area", 6.4516e-4, "cm2");
        add("ha", "ha", "hectare", "hectares", "area", 1e4, "acre");
        add("acre", "acres", "acre", "acres", "area", 4046.8564224, "ha");
        // population density, base per square metre
        add("/km2", "/km2", "per square kilometre", "per square kilometre", "density", 1e-6, "/sqmi");
        add("/sqmi", "/sq mi", "per square mile", "per square mile", "density", 1 / 2589988.110336, "/km2");
        // mass, base kilogram
        add("kg", "kg", "kilogram", "kilograms", "mass", 1, "lb");
        add("g", "g", "gram", "grams", "mass", 0.001, "oz");
        add("t", "t", "tonne", "tonnes", "mass", 1000, "ST");
        add("lb", "lb", "pound", "pounds", "mass", 0.45359237, "kg");
        add("oz", "oz", "ounce", "ounces", "mass", 0.028349523125, "g");
        add("ST", "short tons", "short ton", "short tons", "mass", 907.18474, "t");
        add("LT", "long tons", "long ton", "long tons", "mass", 1016.0469088, "t");
        // temperature, base kelvin
        UNITS.put("°C", new ConvertUnit("°C", "°C", "degree Celsius", "degrees Celsius", "temperature", 1, 273.15,
                "°F"));
        UNITS.put("°F", new ConvertUnit("°F", "°F", "degree Fahrenheit", "degrees Fahrenheit", "temperature",
                5.0 / 9, 273.15 - 32 * 5.0 / 9, "°C"));
        add("K", "K", "kelvin", "kelvins", "temperature", 1, "°C");
        // speed, base metre per second
        add("km/h", "km/h", "kilometre per hour", "kilometres per hour", "speed", 1 / 3.6, "mph");
        add("mph", "mph", "mile per hour", "miles per hour", "speed", 0.44704, "km/h");
        add("kn", "kn", "knot", "knots", "speed", 1852.0 / 3600, "km/h");
        add("m/s", "m/s", "metre per second", "metres per second", "speed", 1, "ft/s");
        add("ft/s", "ft/s", "foot per second", "feet per second", "speed", 0.3048, "m/s");
        // volume, base cubic metre
        add("L", "L", "litre", "litres", "volume", 0.001, "USgal");
        add("m3", "m3", "cubic metre", "cubic metres", "volume", 1, "cuft");
        add("cuft", "cu ft", "cubic foot", "cubic feet", "volume", 0.028316846592, "m3");
        add("USgal", "US gal", "US gallon", "US gallons", "volume", 0.003785411784, "L");
        add("impgal", "imp gal", "imperial gallon", "imperial gallons", "volume", 0.00454609, "L");
        // pressure, base pascal
        add("atm", "atm", "standard atmosphere", "standard atmospheres", "pressure", 101325, "kPa");
        add("kPa", "kPa", "kilopascal", "kilopascals", "pressure", 1000, "psi");
        add("Pa", "Pa", "pascal", "pascals", "pressure", 1, "psi");
        add("bar", "bar", "bar", "bars", "pressure", 1e5, "psi");
        add("psi", "psi", "pound per square inch", "pounds per square inch", "pressure", 6894.757293168, "kPa");
        // power, base watt
        add("kW", "kW", "kilowatt", "kilowatts", "power", 1000, "hp");
        add("hp", "hp", "horsepower", "horsepower", "power", 745.69987158227022, "kW");
    }

    private static void add(String code, String symbol, String singular, String plural, String dimension,
                            double factor, String defaultTarget) {
        UNITS.put(code, new ConvertUnit(code, symbol, singular, plural, dimension, factor, 0, defaultTarget));
    }

    /** The unit for a code as editors write it ("km2", "C", "°C"); null when unknown. */
    static ConvertUnit find(String code) {
        String c = code.trim();
        ConvertUnit u = UNITS.get(ALIASES.getOrDefault(c, c));
        if (u == null) {
            u = UNITS.get(c.toLowerCase(Locale.ROOT));
        }
        return u;
    }

    double toBase(double value) {
        return value * factor + offset;
    }

    double fromBase(double base) {
        return (base - offset) / factor;
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
}
