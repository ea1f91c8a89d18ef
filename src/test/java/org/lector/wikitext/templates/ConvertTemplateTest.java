package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConvertTemplateTest {

    // Expected outputs worked out by hand (value × factor, then Module:Convert's precision rule).
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "{{convert|5|km|mi}} => 5 kilometres (3.1 mi)",
            "{{convert|100|km2|sqmi|abbr=on}} => 100 km2 (39 sq mi)",
            "{{convert|1500|km}} => 1,500 kilometres (930 mi)",
            "{{convert|12|mi|km}} => 12 miles (19 km)",
            "{{convert|30|ft|m}} => 30 feet (9.1 m)",
            "{{convert|1|km|mi}} => 1 kilometre (0.62 mi)",
            "{{convert|300|m|ft|adj=on|sp=us}} => 300-meter (980 ft)",
            "{{convert|750|kg|adj=on}} => 750-kilogram (1,700 lb)",
            "{{convert|14|°C|°F|1}} => 14 degrees Celsius (57.2 °F)",
            "{{convert|20|C|F}} => 20 degrees Celsius (68 °F)",
            "{{Convert|0|°C|abbr=on}} => 0 °C (32 °F)",
            "{{convert|383|/km2|/sqmi|abbr=on|sortable=on}} => 383/km2 (990/sq mi)",
            "{{cvt|1000|-|1200|kg}} => 1,000–1,200 kg (2,200–2,600 lb)",
            "{{convert|1|to|5|km}} => 1 to 5 kilometres (0.62 to 3.1 mi)",
            "{{convert|166|cm|ftin|abbr=on}} => 166 cm (5 ft 5 in)",
            "{{convert|6000|ft|m|-2}} => 6,000 feet (1,800 m)",
            "{{convert|47.51|lb|kg|disp=flip}} => 21.55 kilograms (47.51 lb)",
            "{{cvt|148|km|disp=semicolon}} => 148 km; 92 mi",
            "{{convert|1|atm|lk=on|sigfig=6}} => 1 standard atmosphere (101.325 kPa)",
            "{{Convert|100|ft|m|sigfig=1}} => 100 feet (30 m)",
            "{{convert|553000000|acre|ha}} => 553,000,000 acres (224,000,000 ha)",
            "{{convert|54|mm|in|1|abbr=on}} => 54 mm (2.1 in)",
            // one case per family of units, and each way of asking for units: several outputs, a
            // two-unit input, power-of-ten prefixes ("million acres" where Module:Convert writes
            // ×10⁶), one unit per another
            "{{convert|100|PD/sqmi|PD/km2}} => 100 per square mile (39/km2)",
            "{{convert|350|PD/km2|abbr=on}} => 350/km2 (910/sq mi)",
            "{{convert|1000|oilbbl/d}} => 1,000 barrels per day (160 m3/d)",
            "{{convert|5|oilbbl/d|m3/d}} => 5 barrels per day (0.79 m3/d)",
            "{{convert|3|C-change}} => 3 Celsius degrees (5.4 °F)",
            "{{convert|4|acre-ft}} => 4 acre-feet (4,900 m3)",
            "{{convert|10|ft;m}} => 10 feet (3.0 m)",
            "{{convert|12|m|ft in}} => 12 metres (39 ft; 470 in)",
            "{{convert|1|km|m mi}} => 1 kilometre (1,000 m; 0.62 mi)",
            "{{convert|1|nmi|km+mi}} => 1 nautical mile (1.9 km; 1.2 mi)",
            "{{convert|2|e6acre}} => 2 million acres (0.81 million ha)",
            "{{convert|3|e3m3/d}} => 3 thousand cubic metres per day (110 thousand cu ft/d)",
            "{{convert|5|ft|6|in|m}} => 5 feet 6 inches (1.68 m)",
            "{{convert|6|ft|1|in|cm|abbr=on}} => 6 ft 1 in (185 cm)",
            "{{convert|10|L/100 km}} => 10 litres per 100 kilometres (28 mpg-imp; 24 mpg-US)",
            "{{convert|30|mpgus}} => 30 miles per US gallon (7.8 L/100 km; 36 mpg-imp)",
            "{{convert|100|Nm}} => 100 newton-metres (74 lbf⋅ft)",
            "{{convert|10|kg/ha}} => 10 kilograms per hectare (8.9 lb/acre)",
            "{{convert|1.52|m}} => 1.52 metres (5 ft 0 in)",
            "{{convert|20|kn}} => 20 knots (37 km/h; 23 mph)",
            "{{convert|10|uk gal}} => 10 imperial gallons (45 L; 12 US gal)",
            "{{convert|10|impgal}} => 10 imperial gallons (45 L; 12 US gal)",
            "{{convert|1|MJ}} => 1 megajoule (0.28 kWh)",
            "{{convert|100|kW}} => 100 kilowatts (130 hp)",
            "{{convert|30|psi}} => 30 pounds per square inch (210 kPa)",
            "{{convert|1|hPa}} => 1 hectopascal (0.030 inHg)",
            "{{convert|5|GPa}} => 5 gigapascals (730,000 psi)",
            "{{convert|10|lbf}} => 10 pounds-force (44 N)",
            "{{convert|100|km/h}} => 100 kilometres per hour (62 mph)",
            "{{convert|10|m3/s}} => 10 cubic metres per second (350 cu ft/s)",
            "{{convert|500|USgal/min}} => 500 US gallons per minute (0.032 m3/s)",
            "{{convert|3|km3}} => 3 cubic kilometres (0.72 cu mi)",
            "{{convert|5|sqmi|km2|abbr=off}} => 5 square miles (13 square kilometres)",
            "{{convert|10|m|ft|abbr=in}} => 10 m (33 feet)",
            "{{convert|10|m|ft|abbr=values}} => 10 (33)",
            "{{convert|10|m|ft|order=flip}} => 33 feet (10 m)",
            "{{convert|11|st|4|lb|kg}} => 11 stone 4 pounds (71.7 kg)",
            "{{convert|2|Mt}} => 2 megatonnes (2,000,000 long tons; 2,200,000 short tons)",
            "{{convert|50|kg/L}} => 50 kilograms per litre (420 lb/US gal)",
    })
    void convertsAsWikipediaPrintsIt(String call, String expected) {
        ContentFakeContext context = new ContentFakeContext();
        assertThat(Results.text(Run.call(call, context))).isEqualTo(expected);
        assertThat(context.warnings).isEmpty();
    }

    @Test
    void unknownUnitIsPrintedAsReadablyAsItCanBeWithAWarning() {
        ContentFakeContext context = new ContentFakeContext();
        assertThat(Results.text(Run.call("{{convert|3|widgets|m}}", context))).isEqualTo("3 widgets");
        assertThat(Results.text(Run.call("{{convert|3|e3widget/d}}", context))).isEqualTo("3 thousand widget per day");
        assertThat(Results.text(Run.call("{{convert|3|kg/widget}}", context))).isEqualTo("3 kilograms per widget");
        assertThat(context.warnings).hasSize(3);
    }

    @Test
    void precisionFollowsTheInput() {
        assertThat(ConvertNumbers.inputPrecision("1500")).isEqualTo(-2);
        assertThat(ConvertNumbers.inputPrecision("47.51")).isEqualTo(2);
        assertThat(ConvertNumbers.inputPrecision("0")).isZero();
        assertThat(ConvertNumbers.format(1828.8, -2)).isEqualTo("1,800");
    }
}
