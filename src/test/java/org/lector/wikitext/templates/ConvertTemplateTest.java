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
    })
    void convertsAsWikipediaPrintsIt(String call, String expected) {
        ContentFakeContext context = new ContentFakeContext();
        assertThat(Results.text(Run.call(call, context))).isEqualTo(expected);
        assertThat(context.warnings).isEmpty();
    }

    @Test
    void unknownUnitIsPrintedAsWrittenWithAWarning() {
        ContentFakeContext context = new ContentFakeContext();
        assertThat(Results.text(Run.call("{{convert|3|furlongs|m}}", context))).isEqualTo("3 furlongs");
        assertThat(context.warnings).hasSize(1);
    }

    @Test
    void precisionFollowsTheInput() {
        assertThat(ConvertNumbers.inputPrecision("1500")).isEqualTo(-2);
        assertThat(ConvertNumbers.inputPrecision("47.51")).isEqualTo(2);
        assertThat(ConvertNumbers.inputPrecision("0")).isZero();
        assertThat(ConvertNumbers.format(1828.8, -2)).isEqualTo("1,800");
    }
}
