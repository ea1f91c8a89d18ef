package org.lector.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes two kinds of mojibake seen in pasted wikitext.
 *
 * <p>The seed article arrived with every en/em dash turned into Greek beta ("1924β1927",
 * "Trotsky β whom"). Because Greek text and chemistry ("β-carotene", "α and β particles") use the
 * letter legitimately, we only repair when the whole text shows the pattern — several dash-like
 * betas and no genuine dashes at all — and never touch a beta with other Greek letters nearby.
 *
 * <p>The second is the classic UTF-8 read as Windows-1252 ("â€“", "Ã©"): such a sequence, mapped
 * back to Windows-1252 bytes, is well-formed UTF-8, which ordinary text almost never is.
 */
public final class MojibakeRepair {

    private static final char BETA = 'β';
    private static final String EN_DASH = "–";
    private static final String EM_DASH = "—";

    /** Fewer dash-like betas than this is not evidence of mojibake. */
    private static final int MIN_BETA_DASHES = 2;

    /** How far (in chars) another Greek letter marks a beta as genuine Greek. */
    private static final int GREEK_NEIGHBOURHOOD = 10;

    /** What Windows-1252 makes of bytes 0x80–0x9F (U+FFFD for the five it leaves undefined). */
    private static final String HIGH_CONTROLS = new String(highBytes(), InputDecoder.WINDOWS_1252);

    private MojibakeRepair() {
    }

    /** Applies both repairs. */
    public static Repaired repair(String text) {
        Repaired dashes = repairBetaDashes(text);
        Repaired cp1252 = repairWindows1252(dashes.text());
        List<String> warnings = new ArrayList<>(dashes.warnings());
        warnings.addAll(cp1252.warnings());
        return new Repaired(cp1252.text(), warnings);
    }

    /**
     * Replaces dash-like betas: between digits (a range) by an en dash; spaced by a spaced en dash
     * (Wikipedia's usual parenthetical dash); unspaced between two capitalised words ("July–August",
     * "White Sea–Baltic") by an en dash; otherwise unspaced ("policies—including") by an em dash. The
     * original dash cannot be recovered, but this choice reads and speaks right: an en dash between
     * lower-case words would be read as a range ("policies to including").
     */
    public static Repaired repairBetaDashes(String text) {
        if (text.indexOf(BETA) < 0) {
            return Repaired.unchanged(text);
        }
        List<Integer> candidates = new ArrayList<>();
        for (int i = text.indexOf(BETA); i >= 0; i = text.indexOf(BETA, i + 1)) {
            if (replacementFor(text, i) != null) {
                candidates.add(i);
            }
        }
        boolean hasRealDashes = text.indexOf('–') >= 0 || text.indexOf('—') >= 0;
        if (candidates.size() < MIN_BETA_DASHES || hasRealDashes) {
            return Repaired.unchanged(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (int i : candidates) {
            out.append(text, last, i).append(replacementFor(text, i));
            last = i + 1;
        }
        out.append(text, last, text.length());
        return new Repaired(out.toString(),
                List.of("repaired " + candidates.size() + " dash(es) garbled as β"));
    }

    /** The dash a beta at {@code i} stands for, or null if it is (or may be) a real beta. */
    private static String replacementFor(String text, int i) {
        if (i == 0 || i + 1 >= text.length() || greekNearby(text, i)) {
            return null;
        }
        char left = text.charAt(i - 1);
        char right = text.charAt(i + 1);
        if (Character.isDigit(left) && Character.isDigit(right)) {
            return EN_DASH;
        }
        if (left == ' ' && right == ' ') {
            return EN_DASH;
        }
        if (isWordEnd(left) && isWordStart(right)) {
            return capitalisedBefore(text, i) && Character.isUpperCase(right) ? EN_DASH : EM_DASH;
        }
        return null;
    }

    private static boolean isWordEnd(char c) {
        return Character.isLetter(c) || c == ']' || c == ')' || c == '"' || c == '\'';
    }

    private static boolean isWordStart(char c) {
        return Character.isLetter(c) || c == '[' || c == '(' || c == '"';
    }

    private static boolean capitalisedBefore(String text, int i) {
        int start = i;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < i && Character.isUpperCase(text.charAt(start));
    }

    private static boolean greekNearby(String text, int i) {
        int from = Math.max(0, i - GREEK_NEIGHBOURHOOD);
        int to = Math.min(text.length(), i + GREEK_NEIGHBOURHOOD + 1);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (k != i && c != BETA && Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.GREEK) {
                return true;
            }
        }
        return false;
    }

    /**
     * Replaces every sequence of characters whose Windows-1252 bytes form one well-formed UTF-8
     * character by that character ("â€“" → "–", "Ã©" → "é"). Lone characters such as "Ã" or "é"
     * do not form such sequences and are left alone.
     */
    public static Repaired repairWindows1252(String text) {
        StringBuilder out = null;
        int repaired = 0;
        int i = 0;
        while (i < text.length()) {
            int length = sequenceLength(byteOf(text.charAt(i)));
            String decoded = length > 1 ? decodeSequence(text, i, length) : null;
            if (decoded != null) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append(decoded);
                repaired++;
                i += length;
            } else {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        if (out == null) {
            return Repaired.unchanged(text);
        }
        return new Repaired(out.toString(), List.of("repaired " + repaired
                + " character(s) garbled by reading UTF-8 as Windows-1252 (like â€“ for –)"));
    }

    private static String decodeSequence(String text, int start, int length) {
        if (start + length > text.length()) {
            return null;
        }
        byte[] bytes = new byte[length];
        for (int k = 0; k < length; k++) {
            int b = byteOf(text.charAt(start + k));
            if (b < 0 || (k > 0 && (b & 0xC0) != 0x80)) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        String decoded;
        try {
            decoded = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
        return isPlausibleVictim(decoded.codePointAt(0)) ? decoded : null;
    }

    /**
     * Mojibake victims are Latin letters, Greek/Cyrillic, punctuation and symbols. Rejecting other
     * scripts protects legitimate text such as German „Gruß“ (ß + “ would decode to an NKo letter).
     */
    private static boolean isPlausibleVictim(int cp) {
        return (cp >= 0xA0 && cp <= 0x2FF)
                || (cp >= 0x370 && cp <= 0x52F)
                || (cp >= 0x1E00 && cp <= 0x1EFF)
                || (cp >= 0x2000 && cp <= 0x2BFF);
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 1;
    }

    /**
     * The Windows-1252 byte for {@code c}, or -1. The five bytes Windows-1252 leaves undefined
     * (0x81, 0x8D, 0x8F, 0x90, 0x9D) survive mis-decoding as the C1 controls U+0081… (that is how
     * "â€\u009d" arises from a right double quote), so they map back to themselves.
     */
    static int byteOf(char c) {
        if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) {
            return c;
        }
        if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D) {
            return c;
        }
        if (c == '\uFFFD') {
            return -1; // a replacement character says a byte was lost; guessing it would invent text
        }
        for (int b = 0; b < HIGH_CONTROLS.length(); b++) {
            if (HIGH_CONTROLS.charAt(b) == c) {
                return 0x80 + b;
            }
        }
        return -1;
    }

    private static byte[] highBytes() {
        byte[] bytes = new byte[0x20];
        for (int b = 0; b < bytes.length; b++) {
            bytes[b] = (byte) (0x80 + b);
        }
        return bytes;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
