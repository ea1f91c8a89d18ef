package org.lector.wikitext;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Page and file titles written in links, as a reader is to meet them. */
final class TitleText {
    private TitleText() {
    }

    /**
     * The file's name as MediaWiki reads a link target: character references and %-escapes
     * decoded ({@code file &amp; file}, {@code file %26 file} and {@code file & file} are one
     * file), underscores read as spaces. A title can hold none of {@code []{}|<>} (MediaWiki makes
     * no link of a name decoding to one); such characters are read as spaces too. Apostrophe
     * runs are left out as in {@link #linkLabel}.
     */
    static String fileName(String written, Consumer<String> warn) {
        String decoded = withoutApostropheRuns(
                CharacterReferences.sanitize(CharacterReferences.decode(percentDecoded(written), warn), warn));
        StringBuilder out = new StringBuilder(decoded.length());
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            boolean space = c == '_' || Character.isWhitespace(c) || "[]{}|<>".indexOf(c) >= 0;
            if (!space) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().trim();
    }

    /** Runs of %XX escapes decoded as UTF-8; a run that is no UTF-8 is kept as written. */
    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int end = i;
            while (isEscape(s, end)) {
                end += 3;
            }
            if (end == i) {
                out.append(s.charAt(i++));
                continue;
            }
            byte[] bytes = new byte[(end - i) / 3];
            for (int k = 0; k < bytes.length; k++) {
                bytes[k] = (byte) (hex(s.charAt(i + 3 * k + 1)) * 16 + hex(s.charAt(i + 3 * k + 2)));
            }
            try {
                out.append(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)));
            } catch (CharacterCodingException e) {
                out.append(s, i, end);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean isEscape(String s, int i) {
        return i + 2 < s.length() && s.charAt(i) == '%' && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0;
    }

    private static int hex(char c) {
        return c < 128 ? Character.digit(c, 16) : -1;
    }

    /**
     * The text of a link's target shown as its label ({@code [[Foo''s bar]]}): references decoded,
     * runs of two or more apostrophes left out. MediaWiki prints such runs in a label as they are
     * (and strips them from a {@code link=} target); they are emphasis marks typed into a title,
     * not words to read.
     */
    static String linkLabel(String target, Consumer<String> warn) {
        return withoutApostropheRuns(CharacterReferences.decode(target, warn));
    }

    private static String withoutApostropheRuns(String s) {
        if (!s.contains("''")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && s.charAt(j) == '\'') {
                j++;
            }
            if (j - i == 1) {
                out.append('\'');
            } else if (j == i) {
                out.append(s.charAt(i));
                j = i + 1;
            }
            i = j;
        }
        return out.toString();
    }
}
