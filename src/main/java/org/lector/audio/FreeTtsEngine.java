package org.lector.audio;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * FreeTTS 1.2 with the voices its jar carries (kevin, kevin16). Each {@link #open} allocates a
 * new {@link Voice}: FreeTTS voices keep per-utterance state and must not be shared by threads.
 */
public final class FreeTtsEngine implements SpeechEngine {
    /** FreeTTS finds no voice at all unless this property names the directory class. */
    private static final String VOICES_PROPERTY = "freetts.voices";
    private static final String KEVIN = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";
    /** Voice allocation loads shared lexicon and diphone data; it is done one voice at a time. */
    private static final Object ALLOCATION = new Object();
    static {
        if (System.getProperty(VOICES_PROPERTY) == null) {
            System.setProperty(VOICES_PROPERTY, KEVIN);
        }
    }

    @Override
    public String name() {
        return "freetts";
    }

    @Override
    public List<String> voices() {
        synchronized (ALLOCATION) {
            return Arrays.stream(VoiceManager.getInstance().getVoices()).map(Voice::getName).toList();
        }
    }

    @Override
    public Synthesizer open(VoiceProfile profile) {
        PcmCollector collector = new PcmCollector();
        Voice voice;
        synchronized (ALLOCATION) {
            voice = VoiceManager.getInstance().getVoice(profile.voice());
            if (voice == null) {
                throw new AudioException("voice profile '" + profile.name() + "' names FreeTTS voice '" + profile.voice()
                        + "', which does not exist (FreeTTS has: " + String.join(", ", voices()) + ")");
            }
            voice.setAudioPlayer(collector);
            voice.allocate();
        }
        voice.setRate(profile.rate());
        voice.setPitch(profile.pitch());
        voice.setVolume(profile.volume());
        FreeTtsSynthesizer synthesizer = new FreeTtsSynthesizer(voice, collector);
        try {
            synthesizer.learnSampleRate();
        } catch (RuntimeException e) {
            synthesizer.close(); // the voice's output thread would outlive it
            throw e;
        }
        return synthesizer;
    }

    private static final class FreeTtsSynthesizer implements Synthesizer {
        private final Voice voice;
        private final PcmCollector collector;

        FreeTtsSynthesizer(Voice voice, PcmCollector collector) {
            this.voice = voice;
            this.collector = collector;
        }

        /** FreeTTS tells its output format only when it first speaks: speak one word into nothing. */
        void learnSampleRate() {
            collector.target(null);
            voice.speak("a");
            if (collector.sampleRate() <= 0) {
                throw new AudioException("FreeTTS voice " + voice.getName() + " produced no audio");
            }
        }

        @Override
        public int sampleRate() {
            return collector.sampleRate();
        }

        @Override
        public long speak(String text, PcmSink sink) throws IOException {
            collector.target(sink);
            try {
                boolean spoken = voice.speak(text);
                IOException failure = collector.takeFailure();
                if (failure != null) {
                    throw failure; // the file could not be written (disk full): the book fails
                }
                if (!spoken) {
                    // FreeTTS reports its own processing errors only by returning false
                    throw new AudioException("FreeTTS could not speak this sentence");
                }
                return collector.written();
            } finally {
                collector.target(null);
            }
        }

        @Override
        public void close() {
            voice.deallocate();
        }
    }
}
