package org.lector.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.script.Span;
import org.lector.testing.PdfText;
import org.lector.testing.PdfUa;

/** Hand-made scripts with the inputs that break writers: missing glyphs, nothing at all, a huge table. */
class TaggedPdfWriterTest {
    private static ScriptItem item(String id, Role role, int level, String text, Map<String, String> attrs) {
        return new ScriptItem(id, role, level, text, List.<Span>of(), List.of(), null, null, attrs);
    }

    private static ReadingScript script(String title, List<ScriptItem> body) {
        List<ScriptItem> items = new ArrayList<>();
        items.add(item("t", Role.TITLE, 1, title, Map.of("language", "en")));
        items.addAll(body);
        return new ReadingScript(title, "en", items, List.of());
    }

    private static byte[] pdf(ReadingScript s, PdfOptions options, List<String> warnings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfResult r = new TaggedPdfWriter(options).write(s, out);
        warnings.addAll(r.warnings());
        return out.toByteArray();
    }

    @Test
    void charactersNoFontHasArePrintedAsReplacementMarksWithAWarning() throws IOException {
        ReadingScript s = script("Scripts", List.of(
                item("s1.p1", Role.PARAGRAPH, 0, "Chinese 中文字 and an emoji 🦀 in English text; Greek αβγ is in the font.", Map.of())));
        List<String> warnings = new ArrayList<>();
        byte[] pdf = pdf(s, PdfOptions.defaults(), warnings);
        assertThat(warnings).singleElement().asString().contains("U+4E2D").contains("U+1F980").contains("4 characters");
        String sentence = "Chinese 中文字 and an emoji 🦀 in English text; Greek αβγ is in the font.";
        // seen: replacement marks; read by assistive technology: the real characters (ActualText)
        assertThat(PdfText.drawn(pdf)).contains("Chinese \uFFFD\uFFFD\uFFFD and an emoji \uFFFD in English text; Greek αβγ is in the font.");
        assertThat(PdfText.body(pdf)).contains(sentence);
        assertThat(PdfUa.failedChecks(pdf)).isEmpty();
    }

    @Test
    void anEmptyArticleIsOnePageWithItsTitleAndConforms() throws IOException {
        List<String> warnings = new ArrayList<>();
        byte[] pdf = pdf(new ReadingScript("", "en", List.of(), List.of()), PdfOptions.defaults(), warnings);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Untitled");
        }
        assertThat(PdfText.body(pdf)).contains("Untitled");
        assertThat(PdfUa.failedChecks(pdf)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void aHugeTableBreaksOverPagesWithoutLosingACell() throws IOException {
        List<ScriptItem> body = new ArrayList<>();
        int rows = 300;
        int columns = 12;
        body.add(item("s1.t1", Role.TABLE, 0, "A very large table", Map.of("rows", "" + rows, "columns", "" + columns)));
        body.add(item("s1.t1.r1", Role.ROW, 0, "", Map.of("header", "true", "index", "1")));
        for (int c = 1; c <= columns; c++) {
            body.add(item("s1.t1.r1.c" + c, Role.CELL, 0, "Heading" + c, Map.of("column", "" + c, "header", "true")));
        }
        String tall = "word ".repeat(6000).strip(); // one cell taller than a whole page
        for (int r = 2; r <= rows; r++) {
            body.add(item("s1.t1.r" + r, Role.ROW, 0, "", Map.of("header", "false", "index", "" + r)));
            for (int c = 1; c <= columns; c++) {
                String text = r == 5 && c == 3 ? tall : c == 2 ? "Pneumonoultramicroscopicsilicovolcanoconiosis" + r : "r" + r + "c" + c;
                body.add(item("s1.t1.r" + r + ".c" + c, Role.CELL, 0, text, Map.of("column", "" + c)));
            }
        }
        ReadingScript s = script("Huge table", body);
        List<String> warnings = new ArrayList<>();
        byte[] pdf = pdf(s, PdfOptions.defaults(), warnings);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
        }
        String text = PdfText.body(pdf);
        // the tall cell continues over pages after its row's other cells: every word of it is there
        assertThat(text.split("\\bword\\b", -1)).hasSize(6000 + 1);
        List<ScriptItem> others = s.items().stream().filter(i -> !i.text().equals(tall)).toList();
        assertThat(PdfText.missingInOrder(new ReadingScript(s.title(), "en", others, List.of()), text)).isEmpty();
        assertThat(PdfUa.failedChecks(pdf)).isEmpty();
        assertThat(warnings).isEmpty();
    }

    @Test
    void paperAndFontSizeOptionsShapeThePages() throws IOException {
        List<ScriptItem> body = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            body.add(item("s1.p" + i, Role.PARAGRAPH, 0, "A sentence of ordinary length that fills a line or so. ".repeat(8).strip(), Map.of()));
        }
        ReadingScript s = script("Options", body);
        List<String> warnings = new ArrayList<>();
        byte[] a4 = pdf(s, PdfOptions.defaults(), warnings);
        byte[] letterLarge = pdf(s, new PdfOptions(PdfOptions.Paper.LETTER, 16, "x"), warnings);
        try (PDDocument small = Loader.loadPDF(a4); PDDocument large = Loader.loadPDF(letterLarge)) {
            PDRectangle box = large.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isEqualTo(612f);
            assertThat(box.getHeight()).isEqualTo(792f);
            assertThat(small.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.01f));
            assertThat(large.getNumberOfPages()).isGreaterThan(small.getNumberOfPages() * 2);
        }
        assertThat(PdfUa.failedChecks(letterLarge)).isEmpty();
    }
}
