package org.lector.audio;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An engine for tests, named "freetts" so the shipped profiles find it: "speaks" a fixed number
 * of samples per character (a constant tone, so the audio is not silence), records what it was
 * asked to say, and fails on any text containing {@code failOn} (when given), as an engine with
 * no rules for a script might.
 */
public final class FakeEngine implements SpeechEngine {
    final List<String> spoken = new CopyOnWriteArrayList<>();
    private final int rate;
    private final int samplesPerChar;
    private final String failOn;

    public FakeEngine(int rate, int samplesPerChar, String failOn) {
        this.rate = rate;
        this.samplesPerChar = samplesPerChar;
        this.failOn = failOn;
    }

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
                return rate;
            }

            @Override
            public long speak(String text, PcmSink sink) throws IOException {
                if (failOn != null && text.contains(failOn)) {
                    throw new IllegalStateException("no letter-to-sound rules");
                }
                spoken.add(text);
                short[] tone = new short[text.length() * samplesPerChar];
                Arrays.fill(tone, (short) 1000);
                sink.write(tone, tone.length);
                return tone.length;
            }

            @Override
            public void close() {
            }
        };
    }
}
