package org.lector.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * An ID3v2.3 tag (id3.org, "ID3 tag version 2.3.0"), the version every player reads: a 10-byte
 * header ("ID3", version 3.0, no flags, the tag size as a 28-bit syncsafe integer) followed by
 * text frames (4-byte id, 4-byte big-endian size, 2 flag bytes, then an encoding byte and the
 * text). Text is ISO-8859-1 when it fits, else UTF-16 with a byte-order mark (encoding 1), the
 * only Unicode form v2.3 has. jump3r's own tag writer works on whole files, so the few bytes are
 * written here, before the first MP3 frame.
 */
public final class Id3v2Tag {
    private Id3v2Tag() {
    }

    /** Title (TIT2), album (TALB), track "n/N" (TRCK), artist (TPE1). */
    public static byte[] of(String title, String album, int track, int trackCount, String artist) {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        frame(frames, "TIT2", title);
        frame(frames, "TALB", album);
        frame(frames, "TRCK", track + "/" + trackCount);
        frame(frames, "TPE1", artist);
        byte[] body = frames.toByteArray();
        ByteArrayOutputStream tag = new ByteArrayOutputStream(10 + body.length);
        tag.writeBytes(new byte[] {'I', 'D', '3', 3, 0, 0});
        int size = body.length;
        // syncsafe: 7 bits per byte, the top bit always 0, so no byte of the size looks like a frame sync
        tag.write((size >> 21) & 0x7f);
        tag.write((size >> 14) & 0x7f);
        tag.write((size >> 7) & 0x7f);
        tag.write(size & 0x7f);
        tag.writeBytes(body);
        return tag.toByteArray();
    }

    static void frame(ByteArrayOutputStream out, String id, String text) {
        byte[] content = encode(text);
        out.writeBytes(id.getBytes(StandardCharsets.US_ASCII));
        int size = content.length;
        out.write(size >>> 24);
        out.write((size >>> 16) & 0xff);
        out.write((size >>> 8) & 0xff);
        out.write(size & 0xff);
        out.write(0);
        out.write(0);
        out.writeBytes(content);
    }

    private static byte[] encode(String text) {
        boolean latin1 = text.chars().allMatch(c -> c <= 0xff);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (latin1) {
            b.write(0);
            b.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
        } else {
            b.write(1);
            b.write(0xff); // byte-order mark, little-endian
            b.write(0xfe);
            b.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
        }
        return b.toByteArray();
    }
}
