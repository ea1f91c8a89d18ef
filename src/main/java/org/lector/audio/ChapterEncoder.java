package org.lector.audio;

import java.io.Closeable;

/** Writes one chapter's PCM into its file as it arrives; {@link #close()} completes the file. */
public interface ChapterEncoder extends PcmSink, Closeable {
}
