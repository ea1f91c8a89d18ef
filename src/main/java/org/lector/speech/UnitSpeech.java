package org.lector.speech;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * A number followed by a unit symbol, including what {{convert}} prints ("5 km (3.1 mi)", "100
 * km2 (39 sq mi)", "20 °C (68 °F)", "5 km/h", "mg/L"): number words and the unit's name,
 * singular for exactly one ("1 km" → "one kilometre"), spelled for the variety ("kilometres" /
 * "kilometers"). "%" is a unit here too ("20.95%" → "twenty point nine five percent"). Symbols
 * are only expanded after a number, since most of them ("m", "t", "in") are ordinary letters or
 * words elsewhere.
 */
final class UnitSpeech {
    /** A unit's British singular and plural names; American spelling is derived. */
    private record Unit(String singular, String plural) {
        String name(boolean one, EnglishVariety variety) {
            String n = one ? singular : plural;
            return variety == EnglishVariety.AMERICAN ? american(n) : n;
        }
    }

    private static final Map<String, Unit> UNITS = new HashMap<>();

    /**
     * Prefixed symbols no article measures in but many print after a number as something else:
     * "Top 100 TV Shows" (not teravolts), "100 TL" (lira), "5 mt" (metric tons, not millitonnes).
     */
    private static final java.util.Set<String> NOT_UNITS = java.util.Set.of("TV", "TL", "Tl", "Tm", "Gm", "Tt", "mt",
            "nt", "µt", "μt", "GV", "nL", "nl", "Ml", "TPa");

    static {
        metric("m", "metre");
        metric("g", "gram");
        metric("L", "litre");
        metric("l", "litre");
        metric("W", "watt");
        metric("Wh", "watt hour");
        metric("Hz", "hertz", "hertz");
        metric("V", "volt");
        metric("J", "joule");
        metric("Pa", "pascal");
        metric("Ω", "ohm");
        unit("hPa", "hectopascal");
        metric("t", "tonne");
        unit("cm", "centimetre");
        unit("dm", "decimetre");
        unit("cc", "cubic centimetre");
        unit("mL", "millilitre");
        unit("ml", "millilitre");
        unit("dL", "decilitre");
        unit("cL", "centilitre");
        unit("µm", "micrometre");
        unit("μm", "micrometre");
        unit("µg", "microgram");
        unit("μg", "microgram");
        unit("km2", "square kilometre");
        unit("km²", "square kilometre");
        unit("sq km", "square kilometre");
        unit("m2", "square metre");
        unit("m²", "square metre");
        unit("km3", "cubic kilometre");
        unit("km³", "cubic kilometre");
        unit("m3", "cubic metre");
        unit("m³", "cubic metre");
        unit("cm2", "square centimetre");
        unit("cm²", "square centimetre");
        unit("cm3", "cubic centimetre");
        unit("cm³", "cubic centimetre");
        unit("mi", "mile");
        unit("mi2", "square mile");
        unit("mi²", "square mile");
        unit("sq mi", "square mile");
        unit("ft", "foot", "feet");
        unit("sq ft", "square foot", "square feet");
        unit("ft2", "square foot", "square feet");
        unit("ft²", "square foot", "square feet");
        unit("cu ft", "cubic foot", "cubic feet");
        unit("ft3", "cubic foot", "cubic feet");
        unit("in", "inch", "inches");
        unit("yd", "yard");
        unit("nmi", "nautical mile");
        unit("ha", "hectare");
        unit("lb", "pound");
        unit("lbs", "pound");
        unit("oz", "ounce");
        unit("st", "stone", "stone");
        unit("long ton", "long ton");
        unit("short ton", "short ton");
        unit("mph", "mile per hour", "miles per hour");
        unit("kn", "knot");
        unit("°C", "degree Celsius", "degrees Celsius");
        unit("°F", "degree Fahrenheit", "degrees Fahrenheit");
        unit("℃", "degree Celsius", "degrees Celsius");
        unit("℉", "degree Fahrenheit", "degrees Fahrenheit");
        unit("°", "degree");
        unit("K", "kelvin");
        unit("%", "percent", "percent");
        unit("‰", "per mille", "per mille");
        unit("ppm", "part per million", "parts per million");
        unit("ppb", "part per billion", "parts per billion");
        unit("s", "second");
        unit("sec", "second");
        unit("ms", "millisecond");
        unit("min", "minute");
        unit("h", "hour");
        unit("hr", "hour");
        unit("hp", "horsepower", "horsepower");
        unit("bhp", "brake horsepower", "brake horsepower");
        unit("cal", "calorie");
        unit("kcal", "kilocalorie");
        unit("eV", "electronvolt");
        unit("keV", "kiloelectronvolt");
        unit("MeV", "megaelectronvolt");
        unit("GeV", "gigaelectronvolt");
        unit("mmHg", "millimetre of mercury", "millimetres of mercury");
        unit("bar", "bar");
        unit("mbar", "millibar");
        unit("atm", "atmosphere");
        unit("AU", "astronomical unit");
        unit("ly", "light-year");
        unit("pc", "parsec");
        unit("kB", "kilobyte");
        unit("KB", "kilobyte");
        unit("MB", "megabyte");
        unit("GB", "gigabyte");
        unit("TB", "terabyte");
        unit("Mbit", "megabit");
        unit("Gbit", "gigabit");
        unit("rpm", "revolution per minute", "revolutions per minute");
        unit("mol", "mole");
        unit("Da", "dalton");
        unit("kDa", "kilodalton");
        unit("dB", "decibel");
        // "3 pm" is a time and taken by TimeSpeech first; what is left ("121 pm") is a length
        unit("pm", "picometre");
        unit("mln", "million", "million");
        unit("¢", "cent");
        unit("pp", "page");
        unit("mA", "milliampere");
        unit("µA", "microampere");
        unit("μA", "microampere");
        unit("kA", "kiloampere");
    }

    /** The unit's name with kilo, mega, giga, tera, milli, nano prefixes too. */
    private static void metric(String symbol, String name) {
        metric(symbol, name, name + "s");
    }

    private static void metric(String symbol, String name, String plural) {
        unit(symbol, name, plural);
        String[][] prefixes = {{"k", "kilo"}, {"M", "mega"}, {"G", "giga"}, {"T", "tera"},
            {"m", "milli"}, {"n", "nano"}, {"µ", "micro"}, {"μ", "micro"}};
        for (String[] p : prefixes) {
            if (!NOT_UNITS.contains(p[0] + symbol)) {
                UNITS.putIfAbsent(p[0] + symbol, new Unit(p[1] + name, p[1] + plural));
            }
        }
    }


    private static void unit(String symbol, String singular) {
        unit(symbol, singular, singular + "s");
    }

    private static void unit(String symbol, String singular, String plural) {
        UNITS.put(symbol, new Unit(singular, plural));
    }

    private static final String NUMBER =
            "((?:(?<![\\p{L}\\p{N}])-|−)?\\d++(?:,\\d{3}(?!\\d))*+(?:\\.\\d++|,\\d{1,2}+(?!\\d))?)";

    /** Words that follow a slash after a number or an amount of money: "€429/month" → "per month". */
    static final String PER_WORD = "month|year|day|week|hour|night|person|capita|head|annum|yr|mo";

    private static final Pattern LABEL;

    private static final Pattern QUANTITY;

    static {
        List<String> symbols = new ArrayList<>(UNITS.keySet());
        // longest first: the regex takes the first alternative that fits, and "km2" must beat "km"
        symbols.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        StringBuilder alt = new StringBuilder();
        for (String s : symbols) {
            alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(s));
        }
        String unit = "(" + alt + ")";
        QUANTITY = Pattern.compile("(?<![\\p{L}\\p{N}.,/⁄])" + NUMBER
                + "(?:(?:[ \\u00A0\\u202F\\u2009]|&nbsp;)?" + unit + "(?:/" + unit + ")?|/(" + alt + "|" + PER_WORD + "))"
                + "(?![\\p{L}\\p{N}])");
        // before a colon, or ending the text: an infobox label "Area km2" is said apart from its value
        LABEL = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(km2|km²|mi2|mi²|m2|m²|sq km|sq mi|km3|km³)(?=:)"
                + "|(?<= )(km2|km²|mi2|mi²|sq km|sq mi|km3|km³)$)");
    }

    private UnitSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        return labels(Rewriter.replace(QUANTITY, text, m -> quantity(m, text, variety)), variety);
    }

    /** A unit as a table or infobox label, "Area km2: 30,689", "Area sq mi": its plural name. */
    static String labels(String text, EnglishVariety variety) {
        String out = UnitLabels.speak(text, variety);
        if (out.indexOf('m') < 0) {
            return out;
        }
        return Rewriter.replace(LABEL, out, m -> UNITS.get(m.group(m.start(1) >= 0 ? 1 : 2)).name(false, variety));
    }

    /** Whether a unit symbol measures length ("km", "ft"), so that its square is an area. */
    static boolean isLength(String symbol) {
        String name = name(symbol, true, EnglishVariety.BRITISH);
        return name != null && (name.endsWith("metre") || name.endsWith("mile") || name.equals("foot")
                || name.equals("inch") || name.equals("yard"));
    }

    private static String quantity(MatchResult m, String text, EnglishVariety variety) {
        String number = m.group(1);
        int comma = number.lastIndexOf(',');
        if (comma >= 0 && number.length() - comma <= 3) {
            // a decimal comma, "9,9%" or "21,1 km³"; not after thousands groups ("1,234,5")
            if (number.indexOf(',') != comma) {
                return m.group();
            }
            number = number.replace(',', '.');
        }
        if (m.start(4) >= 0) {
            // "383/km2" → "three hundred eighty-three per square kilometre"
            String per = m.group(4);
            Unit u = UNITS.get(per);
            return NumberWords.number(number, variety) + " per " + (u != null ? u.name(true, variety) : perWord(per));
        }
        String symbol = m.group(2);
        if (!fits(symbol, m, text)) {
            return m.group();
        }
        boolean one = NumberWords.isOne(number);
        StringBuilder out = new StringBuilder(NumberWords.number(number, variety)).append(' ')
                .append(UNITS.get(symbol).name(one, variety));
        if (m.start(3) >= 0) {
            out.append(" per ").append(UNITS.get(m.group(3)).name(true, variety));
        }
        return out.toString();
    }

    /**
     * Symbols that are also common words or letters are taken only where {{convert}} would print
     * them: "in" (inch) only before a parenthesis; "s", "h", "K", "V", "W", "t", "st", "AU",
     * "bar", "pc", "Da" glued to the number ("5h") or before a closing parenthesis, comma,
     * semicolon, full stop or an opening parenthesis. "K" is never taken glued: "4K" is a
     * resolution and "5K" a race.
     */
    private static boolean fits(String symbol, MatchResult m, String text) {
        int end = m.end();
        char next = end < text.length() ? text.charAt(end) : '\n';
        switch (symbol) {
            case "in":
                // "(12 in)" or "6 ft 2 in (1.88 m)"
                return next == ')' || text.startsWith(" (", end);
            case "s", "h", "K", "V", "W", "t", "st", "AU", "bar", "pc", "Da":
                boolean glued = m.end(1) == m.start(2);
                if (glued && symbol.equals("K")) {
                    return false;
                }
                return glued || next == ')' || next == ',' || next == ';' || next == '\n'
                        || (next == '.' && (end + 1 >= text.length() || Character.isWhitespace(text.charAt(end + 1))))
                        || next == ' ' && end + 1 < text.length() && text.charAt(end + 1) == '(';
            default:
                return true;
        }
    }

    /** The name of a unit symbol, "km" → "kilometres" (or "kilometre" for one), or null when it names no unit. */
    static String name(String symbol, boolean one, EnglishVariety variety) {
        Unit u = UNITS.get(symbol);
        return u == null ? null : u.name(one, variety);
    }

    static String perWord(String w) {
        return switch (w) {
            case "yr" -> "year";
            case "mo" -> "month";
            default -> w;
        };
    }

    /** "kilometres" → "kilometers", "litre" → "liter", "tonne" → "metric ton". */
    static String american(String name) {
        return name.replace("metre", "meter").replace("litre", "liter").replace("tonne", "metric ton");
    }
}
