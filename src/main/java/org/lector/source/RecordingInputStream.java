package org.lector.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Keeps a copy of every byte read through it, so that what was read to find out what an input
 * is can be read again by the reader chosen for it. The copy is bounded: past {@code limit}
 * bytes, reading fails with the exception {@code tooLarge} makes.
 */
final class RecordingInputStream extends InputStream {
    private final InputStream in;
    private final long limit;
    private final Supplier<? extends RuntimeException> tooLarge;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

    RecordingInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> tooLarge) {
        this.in = in;
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            record(new byte[] {(byte) b}, 0, 1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = in.read(buf, off, len);
        if (n > 0) {
            record(buf, off, n);
        }
        return n;
    }

    /** Skipped bytes are read, so that they are part of the copy too. */
    @Override
    public long skip(long n) throws IOException {
        byte[] discard = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        for (int r; skipped < n && (r = read(discard, 0, (int) Math.min(discard.length, n - skipped))) > 0; ) {
            skipped += r;
        }
        return skipped;
    }

    /** Everything read so far. */
    byte[] recorded() {
        return copy.toByteArray();
    }

    private void record(byte[] buf, int off, int n) {
        if (copy.size() + (long) n > limit) {
            throw tooLarge.get();
        }
        copy.write(buf, off, n);
    }
}
