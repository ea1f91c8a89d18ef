package org.lector.audio;

import de.sciss.jump3r.lowlevel.LameEncoder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFormat;

/**
 * An MP3 file encoded as the samples arrive (jump3r, a Java port of LAME): the ID3v2 tag first,
 * then the frames. Constant bit rate on purpose: with no Xing/LAME header (that needs a second
 * pass over the file) a VBR file shows a wrong length and seeks badly in simple players, and a
 * listener navigating an audiobook seeks all the time. 48 kbit/s mono is transparent for a
 * 16 kHz synthetic voice (its spectrum ends at 8 kHz).
 */
public final class Mp3Writer implements ChapterEncoder {
    static final int BITRATE_KBPS = 48;

    private final LameEncoder encoder;
    private final OutputStream out;
    private final byte[] pcm;
    private final byte[] mp3;
    private int filled;

    public Mp3Writer(Path file, int sampleRate, byte[] id3Tag) throws IOException {
        AudioFormat source = new AudioFormat(sampleRate, 16, 1, true, false);
        this.encoder = new LameEncoder(source, BITRATE_KBPS, LameEncoder.CHANNEL_MODE_MONO,
                LameEncoder.QUALITY_MIDDLE, false);
        this.pcm = new byte[encoder.getPCMBufferSize()];
        this.mp3 = new byte[Math.max(encoder.getMP3BufferSize(), 7200 + pcm.length)];
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
        out.write(id3Tag);
    }

    @Override
    public void write(short[] samples, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            pcm[filled++] = (byte) samples[i];
            pcm[filled++] = (byte) (samples[i] >> 8);
            if (filled == pcm.length) {
                encode();
            }
        }
    }

    private void encode() throws IOException {
        int n = encoder.encodeBuffer(pcm, 0, filled, mp3);
        if (n < 0) {
            throw new IOException("the MP3 encoder failed (code " + n + ")");
        }
        out.write(mp3, 0, n);
        filled = 0;
    }

    @Override
    public void close() throws IOException {
        try {
            if (filled > 0) {
                encode();
            }
            int n = encoder.encodeFinish(mp3);
            if (n > 0) {
                out.write(mp3, 0, n);
            }
        } finally {
            encoder.close();
            out.close();
        }
    }
}
