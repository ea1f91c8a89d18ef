package org.lector.braille;

import java.util.ArrayList;
import java.util.List;

/**
 * One translated block: its braille words (Unicode braille, no blank cell inside a word) and
 * where it goes on the page.
 */
public record BrailleBlock(List<String> words, BlockFormat format) {
    public BrailleBlock {
        words = List.copyOf(words);
    }

    /** Splits translated braille at its blank cells (U+2800) into words. */
    public static BrailleBlock of(String braille, BlockFormat format) {
        List<String> words = new ArrayList<>();
        for (String w : braille.split("[\u2800\\s]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return new BrailleBlock(words, format);
    }
}
