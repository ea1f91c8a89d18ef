package org.lector.audio;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An engine for tests: "speaks" 100 samples per character at 1000 samples a second (a constant
 * tone, so the audio is not silence), records what it was asked to say, and fails on any text
 * containing "\u0D15" (a Malayalam letter), as an engine with no rules for a script might.
 */
final class FakeEngine implements SpeechEngine {
    static final int RATE = 1000;
    static final int SAMPLES_PER_CHAR = 100;

    final List<String> spoken = new CopyOnWriteArrayList<>();

    @Override
    public String name() {
        return "freetts";
    }

    @Override
    public List<String> voices() {
        return List.of("kevin16");
    }

    @Override
    public Synthesizer open(VoiceProfile profile) {
        return new Synthesizer() {
            @Override
            public int sampleRate() {
                return RATE;
            }

            @Override
            public long speak(String text, PcmSink sink) throws IOException {
                if (text.contains("\u0D15")) {
                    throw new IllegalStateException("no letter-to-sound rules");
                }
                spoken.add(text);
                short[] tone = new short[text.length() * SAMPLES_PER_CHAR];
                java.util.Arrays.fill(tone, (short) 1000);
                sink.write(tone, tone.length);
                return tone.length;
            }

            @Override
            public void close() {
            }
        };
    }
}
