package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Long runs of the characters the rules look for must stay linear: a regex that is retried from
 * every position of a long digit run once took four minutes on 200,000 nines.
 */
class NumberSpeechHostileInputTest {
    @ParameterizedTest
    @ValueSource(strings = {"9", "1-", "1,", "1.", "1–", "$1 to ", "c. ", "1 ", "18 December ", "a1", "1:",
        "1/", "1°1′", " – ", "1 km/", "1E-", "Acts 1:", "4 BC ", "1990s–", "A380-", "Boeing 747-", "010 ", "1.23N ",
        "60°N ", "9:32:00 a m EDT ", "B1913+", "978-"})
    void longRunsAreSpokenQuickly(String unit) {
        String text = unit.repeat(100_000 / unit.length());
        long start = System.nanoTime();
        String spoken = NumberSpeech.speak(text, EnglishVariety.BRITISH);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(LeftoverDigits.hasDigit(spoken)).isFalse();
        assertThat(took).as("%s repeated", unit).isLessThan(Duration.ofSeconds(20)); // hang bound, not a benchmark
    }

    @Test
    void nullIsRefused() {
        org.assertj.core.api.Assertions.assertThatNullPointerException()
                .isThrownBy(() -> NumberSpeech.speak(null, EnglishVariety.BRITISH));
    }
}
