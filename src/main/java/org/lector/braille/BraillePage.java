package org.lector.braille;

import java.util.List;

/**
 * One braille page: its number and every line, blank ones included (so there are as many lines
 * as the page is long), in Unicode braille with trailing blank cells trimmed.
 */
public record BraillePage(int number, List<String> lines) {
    public BraillePage {
        lines = List.copyOf(lines);
    }
}
