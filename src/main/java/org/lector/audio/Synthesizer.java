package org.lector.audio;

import java.io.IOException;

/**
 * One voice, ready to speak, used by one thread at a time (FreeTTS voices are not thread-safe).
 * It hands every sample it produces to the sink as it goes.
 */
public interface Synthesizer extends AutoCloseable {
    /** Samples per second of what {@link #speak} produces (mono, 16-bit). */
    int sampleRate();

    /** Speaks {@code text}, writing its samples to {@code sink}; returns how many were written. */
    long speak(String text, PcmSink sink) throws IOException;

    @Override
    void close();
}
