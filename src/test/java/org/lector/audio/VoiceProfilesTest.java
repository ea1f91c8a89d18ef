package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.config.LectorHome;

class VoiceProfilesTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    @Test
    void theShippedDefaultIsFreeTtsKevin16AndItsEngineHasThatVoice() {
        VoiceProfile kevin = VoiceProfiles.shipped(HOME).get(AudioOptions.DEFAULT_VOICE);
        assertThat(kevin.engine()).isEqualTo("freetts");
        assertThat(kevin.voice()).isEqualTo("kevin16");
        assertThat(kevin.volume()).isBetween(0f, 1f);
        assertThat(new FreeTtsEngine().voices()).contains("kevin16");
        for (VoiceProfile p : VoiceProfiles.shipped(HOME).all()) {
            assertThat(SpeechEngines.builtIn()).as(p.name()).containsKey(p.engine());
            p.lexicons().forEach(l -> assertThat(l).as(p.name()).isRegularFile());
        }
    }

    @Test
    void kevin16sLexiconRespellsWhatItsDiphonesCannotSay() {
        VoiceProfile kevin = VoiceProfiles.shipped(HOME).get("kevin16");
        org.lector.speech.Lexicon lexicon = kevin.lexicons().stream().map(org.lector.speech.Lexicon::load)
                .reduce(org.lector.speech.Lexicon.empty(), org.lector.speech.Lexicon::merge);
        // lexicon-en.pls respells Vyacheslav "Vyah cheh slahf": kevin16 has no diphone hh-f
        assertThat(lexicon.apply("Vyah cheh slahf Mol oh tof")).isEqualTo("Vyah cheh slaff Mol oh tof");
    }

    @Test
    void overridesReplaceRateAndPitchOnly() {
        VoiceProfile kevin = VoiceProfiles.shipped(HOME).get("kevin16");
        VoiceProfile faster = kevin.withOverrides(200f, null);
        assertThat(faster.rate()).isEqualTo(200f);
        assertThat(faster.pitch()).isEqualTo(kevin.pitch());
        assertThat(faster.volume()).isEqualTo(kevin.volume());
    }

    @Test
    void aBrokenProfileIsAClearError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("bad.voice.properties"), "voice=kevin16\nrate=fast\n");
        assertThatThrownBy(() -> VoiceProfiles.in(tmp)).isInstanceOf(AudioException.class)
                .hasMessageContaining("'rate' is not a number: fast");
    }

    @Test
    void freeTtsProducesSixteenKilohertzSpeechThatIsNotSilence() throws Exception {
        try (Synthesizer voice = new FreeTtsEngine().open(VoiceProfiles.shipped(HOME).get("kevin16"))) {
            long[] count = {0};
            int[] peak = {0};
            long n = voice.speak("Louis Braille was born in eighteen oh nine.", (samples, c) -> {
                count[0] += c;
                for (int i = 0; i < c; i++) {
                    peak[0] = Math.max(peak[0], Math.abs(samples[i]));
                }
            });
            assertThat(voice.sampleRate()).isEqualTo(16000);
            assertThat(n).isEqualTo(count[0]);
            // about two seconds of speech at 150 words a minute for these eight words
            assertThat(n).isBetween(16000L, 80000L);
            assertThat(peak[0]).isGreaterThan(5000);
        }
    }
}
