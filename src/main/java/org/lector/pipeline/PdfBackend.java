package org.lector.pipeline;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.lector.pdf.PdfOptions;
import org.lector.pdf.PdfResult;
import org.lector.pdf.TaggedPdfWriter;

/** Writes {@code <slug>.pdf}: the tagged PDF (PDF/UA-1) of the article. */
public final class PdfBackend implements Backend {
    private final PdfOptions options;

    public PdfBackend(PdfOptions options) {
        this.options = options;
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
        Path file = stagingDir.resolve(input.slug() + ".pdf");
        PdfResult result;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            result = new TaggedPdfWriter(options).write(input.script(), out);
        }
        return new BackendReport(file.getFileName() + ": " + result.pages() + (result.pages() == 1 ? " page" : " pages")
                + ", tagged PDF/UA-1", result.warnings(), Map.of(BackendReport.PDF_PAGES, (double) result.pages()));
    }
}
