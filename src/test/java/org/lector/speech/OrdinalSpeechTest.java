package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.speech.SpeechAssert.both;
import static org.lector.speech.SpeechAssert.br;
import static org.lector.speech.SpeechAssert.us;

import org.junit.jupiter.api.Test;

class OrdinalSpeechTest {
    @Test
    void ordinals() {
        both("the 13th", "the thirteenth");
        both("1st, 2nd, 3rd, 4th", "first, second, third, fourth");
        both("the 22nd", "the twenty-second");
        both("the 12th and 20th", "the twelfth and twentieth");
        assertThat(br("the 101st Airborne")).isEqualTo("the one hundred and first Airborne");
        assertThat(us("the 101st Airborne")).isEqualTo("the one hundred first Airborne");
        both("its 1,000th game", "its one thousandth game");
    }

    @Test
    void centuries() {
        both("the 19th century", "the nineteenth century");
        both("a 2nd-century BCE text", "a second century B C E text");
        both("19th-century art", "nineteenth century art");
        both("the 13th–15th centuries", "the thirteenth to fifteenth centuries");
        both("the 3rd millennium BC", "the third millennium B C");
    }
}
