package org.lector.braille;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Braille Ready Format: ASCII Braille, each line ended by CR LF with its trailing spaces
 * trimmed, each page (every line of it, blank ones too, so the page number stays on the last
 * line) ended by a form feed.
 */
public final class BrfWriter {
    private BrfWriter() {
    }

    public static String text(List<BraillePage> pages) {
        StringBuilder sb = new StringBuilder();
        for (BraillePage page : pages) {
            for (String line : page.lines()) {
                sb.append(AsciiBraille.of(line).stripTrailing()).append("\r\n");
            }
            sb.append('\f');
        }
        return sb.toString();
    }

    public static byte[] bytes(List<BraillePage> pages) {
        return text(pages).getBytes(StandardCharsets.US_ASCII);
    }
}
