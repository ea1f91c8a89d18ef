package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

/** Units after numbers, including {{convert}}'s print form, and percentages. */
class UnitSpeechTest {
    @Test
    void convertOutput() {
        assertThat(br("5 kilometres (3.1 mi)")).isEqualTo("five kilometres (three point one miles)");
        assertThat(br("100 km2 (39 sq mi)")).isEqualTo("one hundred square kilometres (thirty-nine square miles)");
        assertThat(us("100 km² (39 sq mi)")).isEqualTo("one hundred square kilometers (thirty-nine square miles)");
        assertThat(br("30,689 km2")).isEqualTo("thirty thousand six hundred and eighty-nine square kilometres");
        both("20 °C (68 °F)", "twenty degrees Celsius (sixty-eight degrees Fahrenheit)");
        assertThat(br("1,500 m (4,900 ft)")).isEqualTo("one thousand five hundred metres (four thousand nine hundred feet)");
        assertThat(us("1,500 m (4,900 ft)")).isEqualTo("one thousand five hundred meters (four thousand nine hundred feet)");
        assertThat(br("6 ft 2 in (1.88 m)")).isEqualTo("six feet two inches (one point eight eight metres)");
    }

    @Test
    void centsOhmsAndNamesThatAreNoUnits() {
        both("it cost 20–30¢", "it cost twenty to thirty cents");
        both("1¢", "one cent");
        both("a 10 kΩ resistor", "a ten kiloohms resistor");
        // "TV" after a number is television, not teravolts; "100 TL" lira
        both("Top 100 TV Shows", "Top one hundred TV Shows");
        both("the 20 mA current", "the twenty milliamperes current");
        // an infobox label ends with its unit; its value is said apart
        assertThat(br("Area km2")).isEqualTo("Area square kilometres");
        assertThat(us("Population density sq mi")).isEqualTo("Population density square miles");
        // units in brackets with no number, as table headers give them
        assertThat(us("Specific heat (kJ/(kg·K))")).isEqualTo("Specific heat (kilojoules per kilogram kelvin)");
        assertThat(us("Thermal conductivity (W/(m·K))")).isEqualTo("Thermal conductivity (watts per meter kelvin)");
        assertThat(br("Speed (km/h)")).isEqualTo("Speed (kilometres per hour)");
        assertThat(br("Height (m)")).isEqualTo("Height (metres)");
        assertThat(br("Density (kg/m3)")).isEqualTo("Density (kilograms per cubic metre)");
        assertThat(br("Temperature (°C)")).isEqualTo("Temperature (degrees Celsius)");
        // a word's plural ending, a party letter and a word in brackets stay
        assertThat(br("Art director(s)")).isEqualTo("Art director(s)");
        assertThat(br("John Smith (L)")).isEqualTo("John Smith (L)");
        assertThat(br("the phrase (in) was")).isEqualTo("the phrase (in) was");
    }

    @Test
    void singularForOneAndVarietySpelling() {
        assertThat(br("1 km")).isEqualTo("one kilometre");
        assertThat(us("1 km")).isEqualTo("one kilometer");
        assertThat(br("2 km")).isEqualTo("two kilometres");
        assertThat(br("0.5 km")).isEqualTo("zero point five kilometres");
        assertThat(br("1 °C")).isEqualTo("one degree Celsius");
        assertThat(br("−1 °C")).isEqualTo("minus one degree Celsius");
        assertThat(br("3 L")).isEqualTo("three litres");
        assertThat(us("3 L")).isEqualTo("three liters");
        assertThat(br("3 t")).isEqualTo("three tonnes");
        assertThat(us("3 t")).isEqualTo("three metric tons");
    }

    @Test
    void compoundAndPrefixedUnits() {
        assertThat(br("5 km/h")).isEqualTo("five kilometres per hour");
        assertThat(us("5 km/h")).isEqualTo("five kilometers per hour");
        assertThat(br("3 mg/L")).isEqualTo("three milligrams per litre");
        both("5 kg", "five kilograms");
        both("10 lb", "ten pounds");
        both("5 ha", "five hectares");
        both("40 acres", "forty acres");
        both("60 mph", "sixty miles per hour");
        assertThat(br("5 µm")).isEqualTo("five micrometres");
        assertThat(us("500 nm")).isEqualTo("five hundred nanometers");
        both("3 GW and 5 MW", "three gigawatts and five megawatts");
        both("10 kWh", "ten kilowatt hours");
        both("2 TWh", "two terawatt hours");
        assertThat(br("5km")).isEqualTo("five kilometres");
    }

    @Test
    void negativeTemperatures() {
        both("−5 °C", "minus five degrees Celsius");
        both("-40 °F", "minus forty degrees Fahrenheit");
        both("45°", "forty-five degrees");
    }

    @Test
    void percentages() {
        both("20.95%", "twenty point nine five percent");
        both("59 %", "fifty-nine percent");
        both("5 per cent", "five per cent");
        both("100%.", "one hundred percent.");
    }

    @Test
    void symbolsThatAreWordsAreLeftAlone() {
        both("5 in the morning", "five in the morning");
        both("Part 5 t of the plan", "Part five t of the plan");
        assertThat(br("weighing 5 t.")).isEqualTo("weighing five tonnes.");
        both("a 4K screen", "a four K screen");
        both("4K-8K", "four K-eight K");
        both("in 5 minutes", "in five minutes");
    }
}
