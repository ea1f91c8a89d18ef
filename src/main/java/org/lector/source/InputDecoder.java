package org.lector.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a wikitext file into text. Wikitext from the wild arrives as UTF-8 (with or
 * without BOM), sometimes UTF-16 from Windows editors, sometimes Windows-1252 from old tools, and
 * sometimes with stray control characters from copy and paste. Rather than fail, we decode what we
 * can and say what we did in {@link Decoded#warnings()}; only input that is clearly not text at all
 * (an image, an archive, a PDF) is refused.
 */
public final class InputDecoder {

    /** Decoded text (newlines normalised to LF) and what was repaired on the way. */
    public record Decoded(String text, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** How much of the start is examined to tell binary from text. */
    private static final int SNIFF_BYTES = 8192;

    private InputDecoder() {
    }

    /**
     * Decodes {@code bytes}; {@code sourceName} only appears in messages.
     *
     * @throws InputException INVALID if the bytes look like a binary file
     */
    public static Decoded decode(byte[] bytes, String sourceName) {
        List<String> warnings = new ArrayList<>();
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            refuseBinary(bytes, sourceName);
            text = decodeUtf8(bytes, 3, warnings);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16LE, warnings);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = decodeLenient(bytes, 2, StandardCharsets.UTF_16BE, warnings);
        } else {
            refuseBinary(bytes, sourceName);
            text = decodeUtf8(bytes, 0, warnings);
        }
        text = removeControlCharacters(text, warnings);
        return new Decoded(normaliseNewlines(text), warnings);
    }

    /** CRLF and lone CR become LF, so every later step only has to think about '\n'. */
    public static String normaliseNewlines(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decodeUtf8(byte[] bytes, int offset, List<String> warnings) {
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            // A file with many well-formed multi-byte sequences and a few broken ones is UTF-8 that
            // got damaged; a file with no well-formed ones was probably written by a legacy tool.
            Utf8Stats stats = Utf8Stats.of(bytes, offset);
            if (stats.validMultiByte() < stats.invalid()) {
                String legacy = tryWindows1252(bytes, offset);
                if (legacy != null) {
                    warnings.add("the input is not valid UTF-8; it was read as Windows-1252");
                    return legacy;
                }
            }
            return decodeLenient(bytes, offset, StandardCharsets.UTF_8, warnings);
        }
    }

    /** Decodes with U+FFFD for malformed input and a warning that counts the replacements. */
    private static String decodeLenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
        try {
            return strict(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException malformed) {
            CharBuffer out;
            try {
                out = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)
                        .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException(impossible);
            }
            String text = out.toString();
            long replaced = text.chars().filter(c -> c == '\uFFFD').count()
                    - (charset == StandardCharsets.UTF_8 ? countEncodedReplacementChars(bytes, offset) : 0);
            warnings.add("replaced " + Math.max(1, replaced) + " invalid " + charset.name()
                    + " byte sequence(s) with \uFFFD");
            return text;
        }
    }

    /** Returns the Windows-1252 reading if it is clean and looks like human text, else null. */
    private static String tryWindows1252(byte[] bytes, int offset) {
        String text;
        try {
            text = strict(WINDOWS_1252).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException undefinedByte) {
            return null; // 0x81, 0x8D, 0x8F, 0x90, 0x9D are unused in Windows-1252
        }
        int nonAscii = 0;
        int plausible = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
            }
            if (c >= 0x80) {
                nonAscii++;
                if (Character.isLetter(c) || "’‘“”„‚‹›–—…€£¥©®°§¶·«»±×¢¡¿\u00A0²³¹¼½¾•™†‡‰".indexOf(c) >= 0) {
                    plausible++;
                }
            }
        }
        // Western text has a sprinkling of accented letters and typographic punctuation; text in
        // another 8-bit code page (Cyrillic, Greek) read as 1252 is almost all high characters.
        boolean sparse = nonAscii * 10 <= Math.max(letters, 1) * 3;
        boolean typical = plausible * 10 >= nonAscii * 9;
        return sparse && typical ? text : null;
    }

    private static String removeControlCharacters(String text, List<String> warnings) {
        StringBuilder out = null;
        int removed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean drop = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c == '\uFEFF' && i == 0);
            if (drop) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                if (c != '\uFEFF') {
                    removed++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        if (removed > 0) {
            warnings.add("removed " + removed + " NUL or control character(s)");
        }
        return out == null ? text : out.toString();
    }

    /**
     * Refuses files that are evidently not text: known binary signatures, or many NUL bytes (text
     * files have none; UTF-16 without a BOM is not supported and would only decode to garbage).
     */
    private static void refuseBinary(byte[] bytes, String sourceName) {
        boolean signature = startsWith(bytes, 0x89, 'P', 'N', 'G')
                || startsWith(bytes, 'P', 'K', 0x03, 0x04)
                || startsWith(bytes, 'P', 'K', 0x05, 0x06)
                || startsWith(bytes, '%', 'P', 'D', 'F', '-')
                || startsWith(bytes, 'G', 'I', 'F', '8')
                || startsWith(bytes, 0xFF, 0xD8, 0xFF)
                || startsWith(bytes, 0x1F, 0x8B)
                || startsWith(bytes, 0x7F, 'E', 'L', 'F')
                || startsWith(bytes, 0xCA, 0xFE, 0xBA, 0xBE)
                || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)
                || startsWith(bytes, '7', 'z', 0xBC, 0xAF)
                || startsWith(bytes, 0xFD, '7', 'z', 'X', 'Z');
        int sample = Math.min(bytes.length, SNIFF_BYTES);
        int nuls = 0;
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nuls++;
            } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        // pasted text carries a stray control character or two; a binary file has them
        // everywhere (one byte in nine for random data, so one in twenty is far from either)
        if (signature || (nuls >= 4 && nuls * 100 >= sample) || (controls >= 8 && controls * 20 >= sample)) {
            throw new InputException(InputException.Kind.INVALID,
                    sourceName + " looks like a binary file, not wikitext");
        }
    }

    private static long countEncodedReplacementChars(byte[] bytes, int offset) {
        long n = 0;
        for (int i = offset; i + 2 < bytes.length; i++) {
            if ((bytes[i] & 0xFF) == 0xEF && (bytes[i + 1] & 0xFF) == 0xBF && (bytes[i + 2] & 0xFF) == 0xBD) {
                n++;
            }
        }
        return n;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Counts well-formed UTF-8 multi-byte sequences and bytes that belong to none. */
    private record Utf8Stats(int validMultiByte, int invalid) {
        static Utf8Stats of(byte[] b, int offset) {
            int valid = 0;
            int invalid = 0;
            int i = offset;
            while (i < b.length) {
                int lead = b[i] & 0xFF;
                int len = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (len == 1) {
                    i++;
                    continue;
                }
                boolean ok = len > 0 && i + len <= b.length;
                for (int k = 1; ok && k < len; k++) {
                    ok = (b[i + k] & 0xC0) == 0x80;
                }
                if (ok) {
                    valid++;
                    i += len;
                } else {
                    invalid++;
                    i++;
                }
            }
            return new Utf8Stats(valid, invalid);
        }
    }
}
