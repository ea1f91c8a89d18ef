package org.lector.audio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Expected bytes written out by hand from the ID3v2.3.0 specification (sections 3.1, 3.3, 4.2). */
class Id3v2TagTest {
    @Test
    void latinTextFramesAfterTheTenByteHeader() {
        byte[] tag = Id3v2Tag.of("A", "B", 1, 2, "Lector");
        byte[] expected = {
            'I', 'D', '3', 3, 0, 0, 0, 0, 0, 55,                  // v2.3.0, no flags, size 55 (syncsafe)
            'T', 'I', 'T', '2', 0, 0, 0, 2, 0, 0, 0, 'A',         // frame size 2: encoding 0 (ISO-8859-1), "A"
            'T', 'A', 'L', 'B', 0, 0, 0, 2, 0, 0, 0, 'B',
            'T', 'R', 'C', 'K', 0, 0, 0, 4, 0, 0, 0, '1', '/', '2',
            'T', 'P', 'E', '1', 0, 0, 0, 7, 0, 0, 0, 'L', 'e', 'c', 't', 'o', 'r',
        };
        assertThat(tag).containsExactly(expected);
    }

    @Test
    void textOutsideLatin1IsUtf16WithAByteOrderMark() {
        byte[] tag = Id3v2Tag.of("1–2", "B", 1, 1, "L");
        // TIT2: encoding 1, BOM FF FE, then "1", "–" (U+2013), "2" little-endian: 1 + 2 + 6 = 9 bytes
        byte[] expectedFrame = {'T', 'I', 'T', '2', 0, 0, 0, 9, 0, 0, 1, (byte) 0xff, (byte) 0xfe,
            '1', 0, 0x13, 0x20, '2', 0};
        byte[] frame = java.util.Arrays.copyOfRange(tag, 10, 10 + expectedFrame.length);
        assertThat(frame).containsExactly(expectedFrame);
    }

    @Test
    void theTagSizeIsSyncsafeSevenBitsPerByte() {
        // a long title takes the tag past 127 bytes, where the size needs a second syncsafe byte
        byte[] tag = Id3v2Tag.of("x".repeat(170), "B", 1, 1, "L");
        int body = tag.length - 10;
        assertThat(body).isGreaterThan(127);
        // 7 bits per byte, high bit clear: size = b6<<21 | b7<<14 | b8<<7 | b9
        assertThat(tag[6] & 0x80).isZero();
        assertThat(tag[7] & 0x80).isZero();
        assertThat(tag[8] & 0x80).isZero();
        assertThat(tag[9] & 0x80).isZero();
        assertThat((tag[6] << 21) | (tag[7] << 14) | (tag[8] << 7) | tag[9]).isEqualTo(body);
        assertThat(tag[8]).isEqualTo((byte) (body / 128));
    }
}
