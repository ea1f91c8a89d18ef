package org.lector.braille;

import java.util.List;

/**
 * The braille as Unicode braille text for sighted proof-readers: every page under a rule that
 * names it, every line as it will be embossed (blank lines kept, so the page number shows where
 * it falls).
 */
public final class ProofText {
    private ProofText() {
    }

    public static String text(List<BraillePage> pages, int cells) {
        StringBuilder sb = new StringBuilder();
        for (BraillePage page : pages) {
            String label = " braille page " + page.number() + " ";
            int left = Math.max(2, (cells - label.length()) / 2);
            sb.append("─".repeat(left)).append(label).append("─".repeat(Math.max(2, cells - left - label.length()))).append('\n');
            for (String line : page.lines()) {
                sb.append(line.replaceAll("\u2800+$", "")).append('\n');
            }
        }
        return sb.toString();
    }
}
