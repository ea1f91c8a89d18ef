package org.lector.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A RIFF WAVE file of mono 16-bit PCM written as the samples arrive: a 44-byte header whose two
 * size fields are filled in on {@link #close()}, when the length is known. (AudioSystem.write
 * needs the length up front, or buffers the whole stream.)
 */
public final class WavWriter implements ChapterEncoder {
    static final int HEADER_SIZE = 44;

    private final FileChannel channel;
    private final int sampleRate;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
    private long dataBytes;

    public WavWriter(Path file, int sampleRate) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        this.sampleRate = sampleRate;
        channel.write(header(sampleRate, 0));
    }

    @Override
    public void write(short[] samples, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            if (buffer.remaining() < 2) {
                flush();
            }
            buffer.putShort(samples[i]);
        }
        dataBytes += 2L * count;
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
            channel.write(header(sampleRate, dataBytes), 0);
        } finally {
            channel.close();
        }
    }

    /** The canonical 44-byte header: RIFF, WAVE, a 16-byte PCM fmt chunk, the data chunk's header. */
    static ByteBuffer header(int sampleRate, long dataBytes) {
        // the size fields are 32-bit: past 4 GB (37 hours at 16 kHz) they saturate rather than wrap
        int data = (int) Math.min(dataBytes, 0xFFFFFFFFL - 36);
        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        h.put(new byte[] {'R', 'I', 'F', 'F'}).putInt(36 + data).put(new byte[] {'W', 'A', 'V', 'E'});
        h.put(new byte[] {'f', 'm', 't', ' '}).putInt(16)
                .putShort((short) 1)            // PCM
                .putShort((short) 1)            // mono
                .putInt(sampleRate)
                .putInt(sampleRate * 2)         // bytes per second
                .putShort((short) 2)            // block align
                .putShort((short) 16);          // bits per sample
        h.put(new byte[] {'d', 'a', 't', 'a'}).putInt(data);
        return h.flip();
    }
}
