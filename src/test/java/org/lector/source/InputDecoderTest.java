package org.lector.source;

import org.lector.testing.Corpus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class InputDecoderTest {

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void decodesUtf8WithAndWithoutBom() {
        byte[] plain = "Kotkin 2014 – Ünïcødé".getBytes(StandardCharsets.UTF_8);
        assertThat(InputDecoder.decode(plain, "a.wiki")).isEqualTo(
                new InputDecoder.Decoded("Kotkin 2014 – Ünïcødé", java.util.List.of()));
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(InputDecoder.decode(bom, "a.wiki").text()).isEqualTo("Kotkin 2014 – Ünïcødé");
    }

    @Test
    void decodesUtf16WithBom() {
        String text = "==Kerala==\nകേരളം";
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(InputDecoder.decode(le, "x").text()).isEqualTo(text);
        assertThat(InputDecoder.decode(be, "x").text()).isEqualTo(text);
        assertThat(InputDecoder.decode(le, "x").warnings()).isEmpty();
    }

    @Test
    void readsLegacyWindows1252WithAWarning() {
        String text = "Der Kaffee im Café kostete 3 € – „billig“, sagte Müller.";
        InputDecoder.Decoded decoded = InputDecoder.decode(text.getBytes(Charset.forName("windows-1252")), "x");
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void replacesStrayBadBytesInOtherwiseValidUtf8() {
        byte[] good = "naïve café über ".getBytes(StandardCharsets.UTF_8);
        byte[] bad = concat(good, new byte[] {(byte) 0xC3, 'x'});
        InputDecoder.Decoded decoded = InputDecoder.decode(bad, "x");
        assertThat(decoded.text()).isEqualTo("naïve café über \uFFFDx");
        assertThat(decoded.warnings()).singleElement().asString().contains("replaced 1 invalid");
    }

    @Test
    void garbageThatIsNeitherBecomesReplacementCharacters() {
        // 0x81 is undefined in Windows-1252 and invalid as a UTF-8 lead byte.
        InputDecoder.Decoded decoded = InputDecoder.decode(new byte[] {'a', (byte) 0x81, 'b'}, "x");
        assertThat(decoded.text()).isEqualTo("a\uFFFDb");
        assertThat(decoded.warnings()).hasSize(1);
    }

    @Test
    void removesNulAndControlCharactersButKeepsTabsAndNewlines() {
        InputDecoder.Decoded decoded = InputDecoder.decode("a\u0000b\u0007c\td\ne\u001B".getBytes(StandardCharsets.UTF_8), "x");
        assertThat(decoded.text()).isEqualTo("abc\td\ne");
        assertThat(decoded.warnings()).containsExactly("removed 3 NUL or control character(s)");
    }

    @Test
    void normalisesCrLfAndCr() {
        assertThat(InputDecoder.decode("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8), "x").text())
                .isEqualTo("a\nb\nc\n");
    }

    @Test
    void refusesBinaryFiles() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0};
        byte[] pdf = "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] nuls = "a\0b\0c\0d\0e\0f\0g\0h\0".getBytes(StandardCharsets.ISO_8859_1); // UTF-16 without BOM
        for (byte[] binary : new byte[][] {png, zip, pdf, nuls}) {
            assertThatThrownBy(() -> InputDecoder.decode(binary, "picture.wiki"))
                    .isInstanceOfSatisfying(InputException.class,
                            e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
                    .hasMessage("picture.wiki looks like a binary file, not wikitext");
        }
    }

    @Test
    void everyCorpusFileDecodesCleanly() {
        for (Path file : Corpus.files("")) {
            InputDecoder.Decoded decoded = InputDecoder.decode(Corpus.bytes(file), file.toString());
            assertThat(decoded.warnings()).as(file.toString()).isEmpty();
            assertThat(decoded.text()).as(file.toString()).isEqualTo(Corpus.text(file));
        }
    }
}
