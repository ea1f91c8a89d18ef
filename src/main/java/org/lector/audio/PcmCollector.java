package org.lector.audio;

import com.sun.speech.freetts.audio.AudioPlayer;
import java.io.IOException;
import javax.sound.sampled.AudioFormat;

/**
 * A FreeTTS "audio player" that plays nothing: it turns the bytes FreeTTS produces (16-bit
 * signed, either byte order) into samples, scales them by the voice's volume, and passes them to
 * whatever sink is current, counting them. Counting here is what gives every sentence an exact
 * start time: FreeTTS's own clock measures playback, which we never do.
 */
final class PcmCollector implements AudioPlayer {
    private AudioFormat format;
    private float volume = 1f;
    private PcmSink sink;
    private long written;
    private short[] buffer = new short[4096];
    private volatile IOException failure;
    private int carry = -1; // a byte left over when a write ended in the middle of a sample

    void target(PcmSink target) {
        this.sink = target;
        this.written = 0;
        this.carry = -1;
    }

    long written() {
        return written;
    }

    int sampleRate() {
        return format == null ? 0 : Math.round(format.getSampleRate());
    }

    @Override
    public void setAudioFormat(AudioFormat f) {
        if (f.getSampleSizeInBits() != 16 || f.getChannels() != 1) {
            throw new IllegalStateException("expected 16-bit mono from FreeTTS, got " + f);
        }
        this.format = f;
    }

    @Override
    public AudioFormat getAudioFormat() {
        return format;
    }

    @Override
    public boolean write(byte[] audio) {
        return write(audio, 0, audio.length);
    }

    @Override
    public boolean write(byte[] audio, int offset, int length) {
        boolean bigEndian = format == null || format.isBigEndian();
        int needed = (length + 1) / 2 + 1;
        if (buffer.length < needed) {
            buffer = new short[needed];
        }
        int n = 0;
        int i = offset;
        int end = offset + length;
        if (carry >= 0 && i < end) {
            buffer[n++] = sample(carry, audio[i++] & 0xff, bigEndian);
            carry = -1;
        }
        for (; i + 1 < end; i += 2) {
            buffer[n++] = sample(audio[i] & 0xff, audio[i + 1] & 0xff, bigEndian);
        }
        if (i < end) {
            carry = audio[i] & 0xff;
        }
        if (failure != null) {
            return false; // the sink already failed: tell FreeTTS to stop this utterance
        }
        if (sink != null && n > 0) {
            try {
                sink.write(buffer, n);
            } catch (IOException e) {
                // FreeTTS calls this on its own output thread: an exception thrown here would kill
                // that thread and leave the speaking thread waiting for ever. Kept, and thrown by
                // takeFailure() on the speaking thread once FreeTTS returns.
                failure = e;
                return false;
            }
        }
        written += n;
        return true;
    }

    /** The sink's failure since the last call, if any (and forgets it). */
    IOException takeFailure() {
        IOException f = failure;
        failure = null;
        return f;
    }

    private short sample(int first, int second, boolean bigEndian) {
        int v = bigEndian ? (short) ((first << 8) | second) : (short) ((second << 8) | first);
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(v * volume)));
    }

    @Override
    public float getVolume() {
        return volume;
    }

    @Override
    public void setVolume(float v) {
        this.volume = Math.max(0f, Math.min(1f, v));
    }

    // playback control: nothing is played, so there is nothing to pause, drain or time
    @Override
    public void pause() {
    }

    @Override
    public void resume() {
    }

    @Override
    public void reset() {
    }

    @Override
    public boolean drain() {
        return true;
    }

    @Override
    public void begin(int size) {
    }

    @Override
    public boolean end() {
        return true;
    }

    @Override
    public void cancel() {
    }

    @Override
    public void close() {
    }

    @Override
    public long getTime() {
        return 0;
    }

    @Override
    public void resetTime() {
    }

    @Override
    public void startFirstSampleTimer() {
    }

    @Override
    public void showMetrics() {
    }
}
