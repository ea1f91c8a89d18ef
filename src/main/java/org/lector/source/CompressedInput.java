package org.lector.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * Unwraps gzip and bzip2 by their magic bytes, whatever the file is called, so that a Wikipedia
 * dump ({@code enwiki-…-pages-articles.xml.bz2}, multistream) is read as it was downloaded,
 * streaming, without unpacking it to disk first. Size limits apply to what comes out, so a small
 * file that inflates to gigabytes is stopped like any other oversized input.
 */
final class CompressedInput {
    private CompressedInput() {
    }

    /** The decompressed stream, or {@code in} itself when it is not compressed. */
    static BufferedInputStream unwrap(BufferedInputStream in) throws IOException {
        in.mark(16);
        byte[] head = in.readNBytes(10);
        in.reset();
        if (InputDecoder.startsWith(head, 0x1F, 0x8B)) {
            return new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
        }
        if (isBzip2(head)) {
            // true: a multistream dump is many bzip2 streams end to end, one per hundred pages
            return new BufferedInputStream(new BZip2CompressorInputStream(in, true), 1 << 16);
        }
        return in;
    }

    /** "BZh", a block size digit, then the block magic 0x314159265359 (pi). */
    private static boolean isBzip2(byte[] head) {
        return head.length >= 10 && InputDecoder.startsWith(head, 'B', 'Z', 'h')
                && head[3] >= '1' && head[3] <= '9'
                && InputDecoder.startsWith(java.util.Arrays.copyOfRange(head, 4, 10), 0x31, 0x41, 0x59, 0x26, 0x53, 0x59);
    }
}
