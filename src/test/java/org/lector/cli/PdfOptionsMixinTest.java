package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --to pdf} with its options, as a user runs it. */
class PdfOptionsMixinTest {
    private static final Path EXAMPLE = Path.of("examples/louis-braille.wiki");

    @TempDir
    Path tmp;

    private static int run(StringWriter err, String... args) {
        return Main.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    }

    @Test
    void convertWritesTheSlugPdfOnLetterPaper() throws Exception {
        int code = run(new StringWriter(), "convert", EXAMPLE.toString(), "--to", "pdf", "--paper", "letter",
                "--font-size", "14", "--out", tmp.toString());
        assertThat(code).isEqualTo(ExitCodes.OK);
        Path pdf = tmp.resolve("louis-braille").resolve("louis-braille.pdf");
        assertThat(pdf).isRegularFile();
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void badPaperOrFontSizeIsAUsageError() {
        StringWriter err = new StringWriter();
        assertThat(run(err, "convert", EXAMPLE.toString(), "--to", "pdf", "--paper", "a5", "--out", tmp.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("a4, letter");
        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "convert", EXAMPLE.toString(), "--to", "pdf", "--font-size", "300", "--out", tmp.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err2.toString()).contains("--font-size");
    }
}
