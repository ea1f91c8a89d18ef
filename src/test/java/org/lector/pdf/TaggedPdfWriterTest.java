package org.lector.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.lector.pdf.HandScript.cell;
import static org.lector.pdf.HandScript.paragraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.testing.PdfText;
import org.lector.testing.PdfUa;

/** Hand-made scripts with the inputs that break writers: missing glyphs, nothing at all, a huge table. */
class TaggedPdfWriterTest {
    static byte[] pdf(ReadingScript s, PdfOptions options, List<String> warnings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfResult r = new TaggedPdfWriter(options).write(s, out);
        warnings.addAll(r.warnings());
        return out.toByteArray();
    }

    @Test
    void charactersNoFontHasArePrintedAsReplacementMarksWithAWarning() throws IOException {
        String sentence = "Chinese 中文字 and an emoji 🦀 in English text; Greek αβγ is in the font.";
        ReadingScript s = HandScript.lead("Scripts", List.of(paragraph("s0.p1", sentence)));
        List<String> warnings = new ArrayList<>();
        byte[] pdf = pdf(s, PdfOptions.defaults(), warnings);
        assertThat(warnings).singleElement().asString().contains("U+4E2D").contains("U+1F980").contains("4 characters");
        // seen: replacement marks; read by assistive technology: the real characters (ActualText)
        assertThat(PdfText.drawn(pdf)).contains("Chinese \uFFFD\uFFFD\uFFFD and an emoji \uFFFD in English text; Greek αβγ is in the font.");
        assertThat(PdfText.body(pdf)).contains(sentence);
        assertThat(PdfUa.failedChecks(pdf)).isEmpty();
    }

    @Test
    void anEmptyArticleIsOnePageWithItsTitleAndConforms() throws IOException {
        List<String> warnings = new ArrayList<>();
        ReadingScript empty = new ReadingScript(ReadingScript.VERSION, "", "en", null, List.of(), List.of());
        byte[] pdf = pdf(empty, PdfOptions.defaults(), warnings);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Untitled");
            assertThat(doc.getDocumentCatalog().getDocumentOutline().getFirstChild().getTitle()).isEqualTo("Untitled");
        }
        assertThat(PdfText.body(pdf)).contains("Untitled");
        assertThat(PdfUa.failedChecks(pdf)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aHugeTableBreaksOverPagesWithoutLosingACell() throws IOException {
        int rows = 300;
        int columns = 12;
        List<ScriptBlock.Row> body = new ArrayList<>();
        List<ScriptBlock.Cell> headings = new ArrayList<>();
        for (int c = 1; c <= columns; c++) {
            headings.add(cell("s0.t1.r1.c" + c, "Heading" + c, c, 1, true, ScriptBlock.Scope.COLUMN));
        }
        body.add(new ScriptBlock.Row("s0.t1.r1", 1, true, Prose.EMPTY, headings));
        String tall = "word ".repeat(6000).strip(); // one cell taller than a whole page
        for (int r = 2; r <= rows; r++) {
            List<ScriptBlock.Cell> cells = new ArrayList<>();
            for (int c = 1; c <= columns; c++) {
                String text = r == 5 && c == 3 ? tall : c == 2 ? "Pneumonoultramicroscopicsilicovolcanoconiosis" + r : "r" + r + "c" + c;
                cells.add(cell("s0.t1.r" + r + ".c" + c, text, c, 1, false, ScriptBlock.Scope.NONE));
            }
            body.add(new ScriptBlock.Row("s0.t1.r" + r, r, false, Prose.EMPTY, cells));
        }
        ScriptBlock.Table table = new ScriptBlock.Table("s0.t1", Prose.plain("A very large table"), rows, columns, body);
        ReadingScript s = HandScript.lead("Huge table", List.of(table));
        List<String> warnings = new ArrayList<>();
        byte[] pdf = pdf(s, PdfOptions.defaults(), warnings);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
        }
        String text = PdfText.body(pdf);
        // the tall cell continues over pages after its row's other cells: every word of it is there
        assertThat(text.split("\\bword\\b", -1)).hasSize(6000 + 1);
        List<ScriptBlock.Row> others = new ArrayList<>();
        for (ScriptBlock.Row row : body) {
            others.add(new ScriptBlock.Row(row.id(), row.index(), row.header(), row.text(),
                    row.cells().stream().filter(c -> !c.text().text().equals(tall)).toList()));
        }
        ReadingScript withoutTall = HandScript.lead("Huge table",
                List.of(new ScriptBlock.Table("s0.t1", table.text(), rows, columns, others)));
        assertThat(PdfText.missingInOrder(withoutTall, text)).isEmpty();
        assertThat(PdfUa.failedChecks(pdf)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void paperAndFontSizeOptionsShapeThePages() throws IOException {
        List<ScriptBlock> body = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            body.add(paragraph("s0.p" + i, "A sentence of ordinary length that fills a line or so. ".repeat(8).strip()));
        }
        ReadingScript s = HandScript.lead("Options", body);
        List<String> warnings = new ArrayList<>();
        byte[] a4 = pdf(s, PdfOptions.defaults(), warnings);
        byte[] letterLarge = pdf(s, new PdfOptions(PdfOptions.Paper.LETTER, 16, "x"), warnings);
        try (PDDocument small = Loader.loadPDF(a4); PDDocument large = Loader.loadPDF(letterLarge)) {
            PDRectangle box = large.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(612f);
            assertThat(box.getHeight()).isEqualTo(792f);
            assertThat(small.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, offset(0.01f));
            assertThat(large.getNumberOfPages()).isGreaterThan(small.getNumberOfPages() * 2);
        }
        assertThat(PdfUa.failedChecks(letterLarge)).isEmpty();
    }
}
