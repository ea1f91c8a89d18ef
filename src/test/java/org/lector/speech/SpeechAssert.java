package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

/** Shorthands for the rule tests: the spoken form in each variety. */
final class SpeechAssert {
    private SpeechAssert() {
    }

    static String br(String text) {
        return NumberSpeech.speak(text, EnglishVariety.BRITISH);
    }

    static String us(String text) {
        return NumberSpeech.speak(text, EnglishVariety.AMERICAN);
    }

    /** The same words in both varieties. */
    static void both(String text, String expected) {
        assertThat(br(text)).as("British: %s", text).isEqualTo(expected);
        assertThat(us(text)).as("American: %s", text).isEqualTo(expected);
    }
}
