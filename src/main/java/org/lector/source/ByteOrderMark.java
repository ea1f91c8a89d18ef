package org.lector.source;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** What a byte order mark at the start of an input says: its encoding, and how many bytes it takes (0 when absent: UTF-8). */
record ByteOrderMark(Charset charset, int length) {
    static ByteOrderMark of(byte[] head) {
        if (InputDecoder.startsWith(head, 0xEF, 0xBB, 0xBF)) {
            return new ByteOrderMark(StandardCharsets.UTF_8, 3);
        }
        if (InputDecoder.startsWith(head, 0xFF, 0xFE)) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        if (InputDecoder.startsWith(head, 0xFE, 0xFF)) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        return new ByteOrderMark(StandardCharsets.UTF_8, 0);
    }
}
