package org.lector.pdf;

import java.util.List;

/** What writing one PDF produced: its page count and what the reader should know (missing glyphs). */
public record PdfResult(int pages, List<String> warnings) {
    public PdfResult {
        warnings = List.copyOf(warnings);
    }
}
