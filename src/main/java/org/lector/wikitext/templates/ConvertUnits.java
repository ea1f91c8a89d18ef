package org.lector.wikitext.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The units {@code {{convert}}} knows, by family, after Module:Convert's data: length, area,
 * volume, flow, mass, density (of matter and of population), time, speed, pressure, force,
 * torque, energy, power, frequency, fuel efficiency, temperatures and temperature changes.
 * Beyond the table, a code is understood when it is built from known parts the way editors
 * build them: a power-of-ten prefix ({@code e3} thousand, {@code e6} million, {@code e9}
 * billion: "e6acre", "e3m3/d") and a unit per another ("kg/ha", "oilbbl/d", "W/m2"). Names and
 * symbols are those Wikipedia prints, so the speech stage reads "per square mile" and "m3/d"
 * the same way wherever they come from. Base units: metre, square metre, cubic metre, cubic
 * metre per second, kilogram, second, metre per second, pascal, newton, newton-metre, joule,
 * watt, hertz, kilometre per litre, kelvin, kelvin of difference, people per square metre.
 */
final class ConvertUnits {
    private static final Map<String, ConvertUnit> UNITS = new HashMap<>();
    /** Codes as editors write them for the same unit. */
    private static final Map<String, String> ALIASES = new HashMap<>();
    /** Power-of-ten prefixes of a code, with the word that names them. */
    private static final Map<String, String[]> POWERS = Map.of(
            "e3", new String[] {"thousand", "1e3"}, "e6", new String[] {"million", "1e6"},
            "e9", new String[] {"billion", "1e9"}, "e12", new String[] {"trillion", "1e12"},
            "e15", new String[] {"quadrillion", "1e15"});

    static {
        length();
        area();
        volume();
        mass();
        time();
        speed();
        pressure();
        forceAndTorque();
        energy();
        power();
        frequency();
        fuelEfficiency();
        temperature();
        densities();
        flow();
        aliases();
    }

    private ConvertUnits() {
    }

    private static void length() {
        add("km", "km", "kilometre", "length", 1000, "mi");
        add("m", "m", "metre", "length", 1, "ft");
        add("dm", "dm", "decimetre", "length", 0.1, "in");
        add("cm", "cm", "centimetre", "length", 0.01, "in");
        add("mm", "mm", "millimetre", "length", 0.001, "in");
        add("um", "μm", "micrometre", "length", 1e-6, "in");
        add("nm", "nm", "nanometre", "length", 1e-9, "in");
        add("dam", "dam", "decametre", "length", 10, "ft");
        add("hm", "hm", "hectometre", "length", 100, "ft");
        add("Mm", "Mm", "megametre", "length", 1e6, "mi");
        add("Gm", "Gm", "gigametre", "length", 1e9, "mi");
        add("mi", "mi", "mile", "length", 1609.344, "km");
        add("ft", "ft", "foot", "feet", "length", 0.3048, "m");
        add("in", "in", "inch", "inches", "length", 0.0254, "mm");
        add("yd", "yd", "yard", "length", 0.9144, "m");
        add("nmi", "nmi", "nautical mile", "length", 1852, "km mi");
        add("ftin", "ft", "foot", "feet", "length", 0.3048, "m"); // output as "5 ft 5 in"
        add("fathom", "fathoms", "fathom", "length", 1.8288, "m");
        add("chain", "chains", "chain", "length", 20.1168, "m");
        add("furlong", "furlongs", "furlong", "length", 201.168, "m");
        add("rod", "rods", "rod", "length", 5.0292, "m");
        add("league", "leagues", "league", "length", 4828.032, "km");
        add("hand", "hands", "hand", "length", 0.1016, "in cm");
        add("thou", "thou", "thou", "thou", "length", 2.54e-5, "mm");
        add("angstrom", "Å", "ångström", "length", 1e-10, "nm");
        add("AU", "AU", "astronomical unit", "length", 1.495978707e11, "km mi");
        add("ly", "ly", "light-year", "length", 9.4607304725808e15, "km");
        add("pc", "pc", "parsec", "length", 3.0856775814913673e16, "ly");
        add("kpc", "kpc", "kiloparsec", "length", 3.0856775814913673e19, "ly");
        add("Mpc", "Mpc", "megaparsec", "length", 3.0856775814913673e22, "ly");
    }

    private static void area() {
        add("km2", "km2", "square kilometre", "area", 1e6, "sqmi");
        add("m2", "m2", "square metre", "area", 1, "sqft");
        add("cm2", "cm2", "square centimetre", "area", 1e-4, "sqin");
        add("mm2", "mm2", "square millimetre", "area", 1e-6, "sqin");
        add("sqmi", "sq mi", "square mile", "area", 2589988.110336, "km2");
        add("sqft", "sq ft", "square foot", "square feet", "area", 0.09290304, "m2");
        add("sqin", "sq in", "square inch", "square inches", "area", 6.4516e-4, "cm2");
        add("sqyd", "sq yd", "square yard", "area", 0.83612736, "m2");
        add("ha", "ha", "hectare", "area", 1e4, "acre");
        add("acre", "acres", "acre", "area", 4046.8564224, "ha");
        add("dunam", "dunams", "dunam", "area", 1000, "m2 sqft");
    }

    private static void volume() {
        add("m3", "m3", "cubic metre", "volume", 1, "cuft");
        add("km3", "km3", "cubic kilometre", "volume", 1e9, "cumi");
        add("cm3", "cm3", "cubic centimetre", "volume", 1e-6, "cuin");
        add("mm3", "mm3", "cubic millimetre", "volume", 1e-9, "cuin");
        add("cc", "cc", "cubic centimetre", "volume", 1e-6, "cuin");
        add("L", "L", "litre", "volume", 0.001, "impgal USgal");
        add("mL", "mL", "millilitre", "volume", 1e-6, "impfloz USfloz");
        add("cL", "cL", "centilitre", "volume", 1e-5, "impfloz USfloz");
        add("dL", "dL", "decilitre", "volume", 1e-4, "impfloz USfloz");
        add("hL", "hL", "hectolitre", "volume", 0.1, "impgal USgal");
        add("kL", "kL", "kilolitre", "volume", 1, "cuft");
        add("ML", "ML", "megalitre", "volume", 1e3, "cuft");
        add("GL", "GL", "gigalitre", "volume", 1e6, "cuft");
        add("cuft", "cu ft", "cubic foot", "cubic feet", "volume", 0.028316846592, "m3");
        add("cuin", "cu in", "cubic inch", "cubic inches", "volume", 1.6387064e-5, "cm3");
        add("cuyd", "cu yd", "cubic yard", "volume", 0.764554857984, "m3");
        add("cumi", "cu mi", "cubic mile", "volume", 4.168181825440579584e9, "km3");
        add("USgal", "US gal", "US gallon", "volume", 0.003785411784, "L impgal");
        add("impgal", "imp gal", "imperial gallon", "volume", 0.00454609, "L USgal");
        add("USqt", "US qt", "US quart", "volume", 9.46352946e-4, "L");
        add("impqt", "imp qt", "imperial quart", "volume", 1.1365225e-3, "L");
        add("USpt", "US pt", "US pint", "volume", 4.73176473e-4, "L");
        add("imppt", "imp pt", "imperial pint", "volume", 5.6826125e-4, "L");
        add("USfloz", "US fl oz", "US fluid ounce", "volume", 2.95735295625e-5, "mL");
        add("impfloz", "imp fl oz", "imperial fluid ounce", "volume", 2.84130625e-5, "mL");
        add("USbbl", "US bbl", "US barrel", "volume", 0.119240471196, "m3");
        add("oilbbl", "bbl", "barrel", "volume", 0.158987294928, "m3");
        add("impbbl", "imp bbl", "imperial barrel", "volume", 0.16365924, "m3");
        add("USbu", "US bu", "US bushel", "volume", 0.03523907016688, "L");
        add("impbu", "imp bu", "imperial bushel", "volume", 0.03636872, "L");
        add("acre-ft", "acre⋅ft", "acre-foot", "acre-feet", "volume", 1233.48183754752, "m3");
    }

    private static void mass() {
        add("kg", "kg", "kilogram", "mass", 1, "lb");
        add("g", "g", "gram", "mass", 0.001, "oz");
        add("mg", "mg", "milligram", "mass", 1e-6, "gr");
        add("ug", "μg", "microgram", "mass", 1e-9, "gr");
        add("t", "t", "tonne", "mass", 1000, "LT ST");
        add("kt", "kt", "kilotonne", "mass", 1e6, "LT ST");
        add("Mt", "Mt", "megatonne", "mass", 1e9, "LT ST");
        add("Gt", "Gt", "gigatonne", "mass", 1e12, "LT ST");
        add("lb", "lb", "pound", "mass", 0.45359237, "kg");
        add("oz", "oz", "ounce", "mass", 0.028349523125, "g");
        add("ozt", "ozt", "troy ounce", "mass", 0.0311034768, "g");
        add("gr", "gr", "grain", "mass", 6.479891e-5, "g");
        add("st", "st", "stone", "stone", "mass", 6.35029318, "lb kg");
        add("cwt", "cwt", "hundredweight", "hundredweight", "mass", 50.80234544, "kg");
        add("Scwt", "short cwt", "short hundredweight", "short hundredweight", "mass", 45.359237, "kg");
        add("carat", "carats", "carat", "mass", 2e-4, "g");
        add("ST", "short tons", "short ton", "mass", 907.18474, "t");
        add("LT", "long tons", "long ton", "mass", 1016.0469088, "t");
    }

    private static void time() {
        add("s", "s", "second", "time", 1, "min");
        add("ms", "ms", "millisecond", "time", 1e-3, "s");
        add("min", "min", "minute", "time", 60, "s");
        add("h", "h", "hour", "time", 3600, "min");
        add("d", "d", "day", "time", 86400, "h");
        add("wk", "wk", "week", "time", 604800, "d");
        add("year", "year", "year", "time", 31557600, "d");
    }

    private static void speed() {
        add("km/h", "km/h", "kilometre per hour", "kilometres per hour", "length/time", 1 / 3.6, "mph");
        add("mph", "mph", "mile per hour", "miles per hour", "length/time", 0.44704, "km/h");
        add("kn", "kn", "knot", "length/time", 1852.0 / 3600, "km/h mph");
        add("m/s", "m/s", "metre per second", "metres per second", "length/time", 1, "ft/s");
        add("ft/s", "ft/s", "foot per second", "feet per second", "length/time", 0.3048, "m/s");
        add("km/s", "km/s", "kilometre per second", "kilometres per second", "length/time", 1000, "mi/s");
        add("mi/s", "mi/s", "mile per second", "miles per second", "length/time", 1609.344, "km/s");
        add("ft/min", "ft/min", "foot per minute", "feet per minute", "length/time", 0.00508, "m/min");
        add("m/min", "m/min", "metre per minute", "metres per minute", "length/time", 1 / 60.0, "ft/min");
    }

    private static void pressure() {
        add("Pa", "Pa", "pascal", "pressure", 1, "psi");
        add("hPa", "hPa", "hectopascal", "pressure", 100, "inHg");
        add("kPa", "kPa", "kilopascal", "pressure", 1000, "psi");
        add("MPa", "MPa", "megapascal", "pressure", 1e6, "psi");
        add("GPa", "GPa", "gigapascal", "pressure", 1e9, "psi");
        add("bar", "bar", "bar", "bars", "pressure", 1e5, "kPa");
        add("mbar", "mbar", "millibar", "pressure", 100, "inHg");
        add("atm", "atm", "standard atmosphere", "pressure", 101325, "kPa");
        add("psi", "psi", "pound per square inch", "pounds per square inch", "pressure", 6894.757293168, "kPa");
        add("ksi", "ksi", "kilopound per square inch", "kilopounds per square inch", "pressure", 6894757.293168,
                "MPa");
        add("mmHg", "mmHg", "millimetre of mercury", "millimetres of mercury", "pressure", 133.322387415, "kPa");
        add("inHg", "inHg", "inch of mercury", "inches of mercury", "pressure", 3386.388640341, "hPa");
        add("torr", "Torr", "torr", "torrs", "pressure", 101325 / 760.0, "Pa");
        add("kgf/cm2", "kgf/cm2", "kilogram-force per square centimetre", "kilograms-force per square centimetre",
                "pressure", 98066.5, "psi");
    }

    private static void forceAndTorque() {
        add("N", "N", "newton", "force", 1, "lbf");
        add("kN", "kN", "kilonewton", "force", 1000, "lbf");
        add("MN", "MN", "meganewton", "force", 1e6, "lbf");
        add("lbf", "lbf", "pound-force", "pounds-force", "force", 4.4482216152605, "N");
        add("kgf", "kgf", "kilogram-force", "kilograms-force", "force", 9.80665, "N lbf");
        add("tf", "tf", "tonne-force", "tonnes-force", "force", 9806.65, "kN");
        add("Nm", "N⋅m", "newton-metre", "torque", 1, "lbf.ft");
        add("kNm", "kN⋅m", "kilonewton-metre", "torque", 1000, "lbf.ft");
        add("lbf.ft", "lbf⋅ft", "pound-force-foot", "pound-force-feet", "torque", 1.3558179483314004, "Nm");
        add("lbf.in", "lbf⋅in", "pound-force-inch", "pound-force-inches", "torque", 0.112984829027616697, "Nm");
        add("kgf.m", "kgf⋅m", "kilogram-force-metre", "torque", 9.80665, "Nm lbf.ft");
    }

    private static void energy() {
        add("J", "J", "joule", "energy", 1, "cal");
        add("kJ", "kJ", "kilojoule", "energy", 1e3, "kcal");
        add("MJ", "MJ", "megajoule", "energy", 1e6, "kWh");
        add("GJ", "GJ", "gigajoule", "energy", 1e9, "MWh");
        add("TJ", "TJ", "terajoule", "energy", 1e12, "GWh");
        add("PJ", "PJ", "petajoule", "energy", 1e15, "TWh");
        add("EJ", "EJ", "exajoule", "energy", 1e18, "TWh");
        add("Wh", "Wh", "watt-hour", "energy", 3600, "kJ");
        add("kWh", "kWh", "kilowatt-hour", "energy", 3.6e6, "MJ");
        add("MWh", "MWh", "megawatt-hour", "energy", 3.6e9, "GJ");
        add("GWh", "GWh", "gigawatt-hour", "energy", 3.6e12, "TJ");
        add("TWh", "TWh", "terawatt-hour", "energy", 3.6e15, "PJ");
        add("cal", "cal", "calorie", "energy", 4.184, "J");
        add("kcal", "kcal", "kilocalorie", "energy", 4184, "kJ");
        add("Cal", "Cal", "Calorie", "energy", 4184, "kJ");
        add("BTU", "BTU", "British thermal unit", "energy", 1055.05585262, "kJ");
        add("MMBtu", "MMBtu", "million British thermal units", "million British thermal units", "energy",
                1.05505585262e9, "GJ");
        add("eV", "eV", "electronvolt", "energy", 1.602176634e-19, "aJ");
        add("aJ", "aJ", "attojoule", "energy", 1e-18, "eV");
        add("keV", "keV", "kiloelectronvolt", "energy", 1.602176634e-16, "fJ");
        add("fJ", "fJ", "femtojoule", "energy", 1e-15, "keV");
        add("MeV", "MeV", "megaelectronvolt", "energy", 1.602176634e-13, "pJ");
        add("pJ", "pJ", "picojoule", "energy", 1e-12, "MeV");
        add("GeV", "GeV", "gigaelectronvolt", "energy", 1.602176634e-10, "nJ");
        add("nJ", "nJ", "nanojoule", "energy", 1e-9, "GeV");
        add("TeV", "TeV", "teraelectronvolt", "energy", 1.602176634e-7, "μJ");
        add("uJ", "μJ", "microjoule", "energy", 1e-6, "TeV");
        add("erg", "erg", "erg", "energy", 1e-7, "J");
        add("ftlbf", "ft⋅lbf", "foot-pound force", "foot-pounds force", "energy", 1.3558179483314004, "J");
        add("toe", "toe", "tonne of oil equivalent", "tonnes of oil equivalent", "energy", 4.1868e10, "GJ");
        add("tTNT", "t TNT", "tonne of TNT", "tonnes of TNT", "energy", 4.184e9, "GJ");
        add("ktTNT", "kt TNT", "kilotonne of TNT", "kilotonnes of TNT", "energy", 4.184e12, "TJ");
        add("MtTNT", "Mt TNT", "megatonne of TNT", "megatonnes of TNT", "energy", 4.184e15, "PJ");
        add("GtTNT", "Gt TNT", "gigatonne of TNT", "gigatonnes of TNT", "energy", 4.184e18, "EJ");
    }

    private static void power() {
        add("W", "W", "watt", "power", 1, "hp");
        add("mW", "mW", "milliwatt", "power", 1e-3, "hp");
        add("kW", "kW", "kilowatt", "power", 1e3, "hp");
        add("MW", "MW", "megawatt", "power", 1e6, "hp");
        add("GW", "GW", "gigawatt", "power", 1e9, "hp");
        add("TW", "TW", "terawatt", "power", 1e12, "hp");
        add("hp", "hp", "horsepower", "horsepower", "power", 745.69987158227022, "kW");
        add("bhp", "bhp", "brake horsepower", "brake horsepower", "power", 745.69987158227022, "kW");
        add("shp", "shp", "shaft horsepower", "shaft horsepower", "power", 745.69987158227022, "kW");
        add("PS", "PS", "metric horsepower", "metric horsepower", "power", 735.49875, "kW hp");
        add("BTU/h", "BTU/h", "British thermal unit per hour", "British thermal units per hour", "power",
                0.29307107017, "W");
    }

    private static void frequency() {
        add("Hz", "Hz", "hertz", "hertz", "frequency", 1, "");
        add("kHz", "kHz", "kilohertz", "kilohertz", "frequency", 1e3, "");
        add("MHz", "MHz", "megahertz", "megahertz", "frequency", 1e6, "");
        add("GHz", "GHz", "gigahertz", "gigahertz", "frequency", 1e9, "");
        add("rpm", "rpm", "revolution per minute", "revolutions per minute", "frequency", 1 / 60.0, "Hz");
    }

    /** Consumption per distance is the reciprocal of distance per fuel: base kilometres per litre. */
    private static void fuelEfficiency() {
        add("km/L", "km/L", "kilometre per litre", "kilometres per litre", "fuel efficiency", 1, "mpgimp mpgus");
        add("mpgus", "mpg-US", "mile per US gallon", "miles per US gallon", "fuel efficiency",
                1.609344 / 3.785411784, "L/100km mpgimp");
        add("mpgimp", "mpg-imp", "mile per imperial gallon", "miles per imperial gallon", "fuel efficiency",
                1.609344 / 4.54609, "L/100km mpgus");
        UNITS.put("L/100km", new ConvertUnit("L/100km", "L/100 km", "litre per 100 kilometres",
                "litres per 100 kilometres", "fuel efficiency", 100, 0, true, List.of("mpgimp", "mpgus")));
    }

    private static void temperature() {
        UNITS.put("°C", new ConvertUnit("°C", "°C", "degree Celsius", "degrees Celsius", "temperature", 1, 273.15,
                false, List.of("°F")));
        UNITS.put("°F", new ConvertUnit("°F", "°F", "degree Fahrenheit", "degrees Fahrenheit", "temperature",
                5.0 / 9, 273.15 - 32 * 5.0 / 9, false, List.of("°C")));
        add("K", "K", "kelvin", "temperature", 1, "°C °F");
        UNITS.put("°R", new ConvertUnit("°R", "°R", "degree Rankine", "degrees Rankine", "temperature", 5.0 / 9, 0,
                false, List.of("K")));
        // a difference of temperatures has no offset: a rise of 3 °C is a rise of 5.4 °F
        add("C-change", "°C", "Celsius degree", "temperature change", 1, "F-change");
        add("F-change", "°F", "Fahrenheit degree", "temperature change", 5.0 / 9, "C-change");
        add("K-change", "K", "kelvin", "temperature change", 1, "F-change");
    }

    private static void densities() {
        add("/km2", "/km2", "per square kilometre", "per square kilometre", "population density", 1e-6, "/sqmi");
        add("/sqmi", "/sq mi", "per square mile", "per square mile", "population density", 1 / 2589988.110336, "/km2");
        add("/ha", "/ha", "per hectare", "per hectare", "population density", 1e-4, "/acre");
        add("/acre", "/acre", "per acre", "per acre", "population density", 1 / 4046.8564224, "/ha");
        add("kg/m3", "kg/m3", "kilogram per cubic metre", "kilograms per cubic metre", "mass/volume", 1, "lb/cuft");
        add("g/cm3", "g/cm3", "gram per cubic centimetre", "grams per cubic centimetre", "mass/volume", 1000,
                "lb/cuin");
        add("g/L", "g/L", "gram per litre", "grams per litre", "mass/volume", 1, "oz/USgal");
        add("kg/L", "kg/L", "kilogram per litre", "kilograms per litre", "mass/volume", 1000, "lb/USgal");
    }

    private static void flow() {
        add("m3/s", "m3/s", "cubic metre per second", "cubic metres per second", "volume/time", 1, "cuft/s");
        add("cuft/s", "cu ft/s", "cubic foot per second", "cubic feet per second", "volume/time", 0.028316846592,
                "m3/s");
        add("L/s", "L/s", "litre per second", "litres per second", "volume/time", 0.001, "cuft/s");
        add("USgal/min", "US gal/min", "US gallon per minute", "US gallons per minute", "volume/time",
                0.003785411784 / 60, "m3/s");
        add("oilbbl/d", "bbl/d", "barrel per day", "barrels per day", "volume/time", 0.158987294928 / 86400, "m3/d");
    }

    private static void aliases() {
        alias("C", "°C");
        alias("F", "°F");
        alias("R", "°R");
        alias("l", "L");
        alias("ml", "mL");
        alias("µm", "um");
        alias("μm", "um");
        alias("micrometre", "um");
        alias("µg", "ug");
        alias("μg", "ug");
        alias("sqkm", "km2");
        alias("km²", "km2");
        alias("m²", "m2");
        alias("m³", "m3");
        alias("kph", "km/h");
        alias("kmh", "km/h");
        alias("km/hr", "km/h");
        alias("knot", "kn");
        alias("knots", "kn");
        alias("acres", "acre");
        alias("tonne", "t");
        alias("tonnes", "t");
        alias("lbs", "lb");
        alias("shortton", "ST");
        alias("short ton", "ST");
        alias("longton", "LT");
        alias("long ton", "LT");
        alias("Lcwt", "cwt");
        alias("N.m", "Nm");
        alias("N-m", "Nm");
        alias("N·m", "Nm");
        alias("N⋅m", "Nm");
        alias("kN.m", "kNm");
        alias("lbft", "lbf.ft");
        alias("lb.ft", "lbf.ft");
        alias("lbfft", "lbf.ft");
        alias("ft.lbf", "ftlbf");
        alias("ftlb", "ftlbf");
        alias("ft.lb", "ftlbf");
        alias("lbfin", "lbf.in");
        alias("lb.in", "lbf.in");
        alias("kg/cm2", "kgf/cm2");
        alias("kgfm", "kgf.m");
        alias("Btu", "BTU");
        alias("BTU-IT", "BTU");
        alias("kWhr", "kWh");
        alias("yr", "year");
        alias("hr", "h");
        alias("sec", "s");
        alias("L/100 km", "L/100km");
        alias("l/100 km", "L/100km");
        alias("l/100km", "L/100km");
        alias("mpg", "mpgus");
        alias("mpgUS", "mpgus");
        alias("mpgUK", "mpgimp");
        alias("uk gal", "impgal");
        alias("ukgal", "impgal");
        alias("UKgal", "impgal");
        alias("imperial gallon", "impgal");
        alias("usgal", "USgal");
        alias("U.S.gal", "USgal");
        alias("US gal", "USgal");
        alias("bbl", "oilbbl");
        alias("acre.ft", "acre-ft");
        alias("acre ft", "acre-ft");
        alias("acreft", "acre-ft");
        alias("cusec", "cuft/s");
        alias("cumec", "m3/s");
        alias("PD/km2", "/km2");
        alias("PD/sqkm", "/km2");
        alias("PD/sqmi", "/sqmi");
        alias("PD/ha", "/ha");
        alias("PD/acre", "/acre");
        alias("/sqkm", "/km2");
        alias("deltaC", "C-change");
        alias("deltaF", "F-change");
        alias("°C-change", "C-change");
        alias("°F-change", "F-change");
        alias("NM", "nmi");
    }

    private static void add(String code, String symbol, String name, String dimension, double factor, String targets) {
        add(code, symbol, name, plural(name), dimension, factor, targets);
    }

    private static void add(String code, String symbol, String singular, String plural, String dimension,
                            double factor, String targets) {
        List<String> defaults = targets.isEmpty() ? List.of() : List.of(targets.split(" "));
        UNITS.put(code, new ConvertUnit(code, symbol, singular, plural, dimension, factor, 0, false, defaults));
    }

    private static void alias(String alias, String code) {
        ALIASES.put(alias, code);
    }

    /** "kilometre" → "kilometres"; "metre per second" → "metres per second" (the first word takes the plural). */
    private static String plural(String name) {
        int per = name.indexOf(" per ");
        if (per > 0) {
            return plural(name.substring(0, per)) + name.substring(per);
        }
        int of = name.indexOf(" of ");
        if (of > 0) {
            return plural(name.substring(0, of)) + name.substring(of);
        }
        if (name.endsWith("inch")) {
            return name + "es";
        }
        return name.endsWith("s") || name.endsWith("z") ? name : name + "s";
    }

    /**
     * The unit for a code: a known code or alias, a known unit's name ("feet", "metres"), a
     * power-of-ten prefix before a known unit ("e6acre": million acres), or one known unit per
     * another ("kg/ha", "e3m3/d"). Null when no reading of the code is certain.
     */
    static ConvertUnit find(String code) {
        String c = code.trim();
        if (c.isEmpty() || c.length() > 40) {
            return null;
        }
        ConvertUnit u = known(c);
        if (u != null) {
            return u;
        }
        u = powerOfTen(c);
        if (u != null) {
            return u;
        }
        return perUnit(c);
    }

    private static ConvertUnit known(String c) {
        String code = ALIASES.getOrDefault(c, c);
        ConvertUnit u = UNITS.get(code);
        if (u == null) {
            u = UNITS.get(code.toLowerCase(Locale.ROOT));
        }
        if (u != null) {
            return u.code().equals(c) ? u : u.renamed(c);
        }
        for (ConvertUnit unit : UNITS.values()) {
            if (unit.plural().equals(c) || unit.singular().equals(c)) {
                return unit;
            }
        }
        return null;
    }

    /** "e6acre" → million acres: symbol "million acres", names "million acres", factor × 10⁶. */
    private static ConvertUnit powerOfTen(String c) {
        for (Map.Entry<String, String[]> p : POWERS.entrySet()) {
            if (c.startsWith(p.getKey()) && c.length() > p.getKey().length()) {
                ConvertUnit base = find(c.substring(p.getKey().length()));
                if (base == null || base.inverse() || base.offset() != 0) {
                    return null;
                }
                String word = p.getValue()[0];
                double scale = Double.parseDouble(p.getValue()[1]);
                List<String> targets = base.defaultTargets().stream().map(t -> p.getKey() + t).toList();
                return new ConvertUnit(c, word + " " + base.symbol(), word + " " + base.plural(),
                        word + " " + base.plural(), base.dimension(), base.factor() * scale, 0, false, targets);
            }
        }
        return null;
    }

    /** "kg/ha" → kilograms per hectare: the first unit per the second, its default targets likewise. */
    private static ConvertUnit perUnit(String c) {
        int slash = c.lastIndexOf('/');
        if (slash <= 0 || slash == c.length() - 1) {
            return null;
        }
        ConvertUnit top = find(c.substring(0, slash));
        ConvertUnit bottom = find(c.substring(slash + 1));
        if (top == null || bottom == null || top.inverse() || bottom.inverse() || top.offset() != 0
                || bottom.offset() != 0) {
            return null;
        }
        String perName = " per " + bottom.singular();
        // a rate keeps its time unit ("oilbbl/d" → "m3/d"); other ratios convert both parts ("kg/ha" → "lb/acre")
        String bottomCode = c.substring(slash + 1);
        String bottomTarget = bottom.dimension().equals("time") || bottom.defaultTargets().isEmpty()
                ? bottomCode : bottom.defaultTargets().get(0);
        List<String> targets = top.defaultTargets().isEmpty() ? List.of()
                : List.of(top.defaultTargets().get(0) + "/" + bottomTarget);
        // "lb/acre", not "lb/acres": a unit whose symbol is its plural name is named in the singular after "/"
        String bottomSymbol = bottom.symbol().equals(bottom.plural()) ? bottom.singular() : bottom.symbol();
        return new ConvertUnit(c, top.symbol() + "/" + bottomSymbol, top.singular() + perName,
                top.plural() + perName, top.dimension() + "/" + bottom.dimension(), top.factor() / bottom.factor(),
                0, false, targets);
    }
}
