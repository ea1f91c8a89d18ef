package org.lector.audio;

import java.io.IOException;

/** Receives mono 16-bit PCM as it is produced, so nothing holds a whole chapter in memory. */
public interface PcmSink {
    void write(short[] samples, int count) throws IOException;
}
