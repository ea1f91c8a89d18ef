package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;

/** The real FreeTTS voice, where its own output thread meets Lector's files. */
class FreeTtsEngineTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static final Duration HANG = Duration.ofSeconds(60);

    @Test
    void aSentenceBecomesSamples() throws IOException {
        try (Synthesizer voice = new FreeTtsEngine().open(VoiceProfiles.shipped(HOME).get("kevin16"))) {
            long[] received = new long[1];
            long written = voice.speak("Braille was born in Coupvray.", (samples, count) -> received[0] += count);
            // about two seconds of speech at 16 kHz: far more than silence, far less than a minute
            assertThat(written).isEqualTo(received[0]).isBetween(8_000L, 160_000L);
        }
    }

    @Test
    void aFileThatCannotBeWrittenFailsTheSentenceInsteadOfHangingIt() {
        // FreeTTS hands audio over on its own output thread; a disk-full error there must reach
        // the speaking thread as the IOException it is, not leave it waiting for ever
        assertTimeoutPreemptively(HANG, () -> {
            try (Synthesizer voice = new FreeTtsEngine().open(VoiceProfiles.shipped(HOME).get("kevin16"))) {
                assertThatThrownBy(() -> voice.speak("This sentence has nowhere to go.", (samples, count) -> {
                    throw new IOException("No space left on device");
                })).isInstanceOf(IOException.class).hasMessage("No space left on device");
                // and the voice is still usable afterwards
                assertThat(voice.speak("Still here.", (samples, count) -> { })).isPositive();
            }
        });
    }
}
