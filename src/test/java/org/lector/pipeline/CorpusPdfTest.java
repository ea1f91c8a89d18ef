package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.pdf.PdfOptions;
import org.lector.pdf.PdfResult;
import org.lector.pdf.TaggedPdfWriter;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;
import org.lector.testing.PdfText;
import org.lector.testing.PdfUa;

/**
 * The tagged PDF of every article of the shared corpus (the seed, every .wiki file, every page of
 * the export XML files), written once; veraPDF validates each against PDF/UA-1 and the extracted
 * text must hold every block's printed text in reading order.
 */
class CorpusPdfTest {
    private record Converted(ReadingScript script, byte[] pdf, PdfResult result) {
    }

    private static final Map<String, Converted> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() throws IOException {
        ArticleConverter converter = new ArticleConverter();
        TaggedPdfWriter writer = new TaggedPdfWriter(PdfOptions.defaults());
        for (Path file : Corpus.files("")) {
            try (ArticleStream in = ArticleReader.open(file)) {
                while (in.hasNext()) {
                    ReadingScript s = converter.toScript(in.next());
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    PdfResult result = writer.write(s, out);
                    PDFS.put(file.getFileName() + " / " + s.title(), new Converted(s, out.toByteArray(), result));
                }
            }
        }
    }

    @Test
    void everyArticleIsWrittenWithPagesAndABookmarkPerChapterAndHeading() throws IOException {
        assertThat(PDFS).hasSize(17);
        for (var e : PDFS.entrySet()) {
            try (PDDocument doc = Loader.loadPDF(e.getValue().pdf())) {
                assertThat(doc.getNumberOfPages()).as(e.getKey()).isEqualTo(e.getValue().result().pages()).isPositive();
                // a bookmark per chapter, and beneath it one per heading of its sections but the one naming it
                long expected = 0;
                for (Chapter chapter : e.getValue().script().chapters()) {
                    expected += 1 + chapter.sections().stream().filter(s -> !s.heading().id().equals(chapter.announced())).count();
                }
                int bookmarks = 0;
                for (var top : doc.getDocumentCatalog().getDocumentOutline().children()) {
                    bookmarks += count(top);
                }
                assertThat(bookmarks).as(e.getKey()).isEqualTo(expected);
            }
        }
    }

    private static int count(PDOutlineItem item) {
        int n = 1;
        for (var child : item.children()) {
            n += count(child);
        }
        return n;
    }

    @Test
    void everyPdfPassesVeraPdfsPdfUa1Profile() {
        List<String> failures = new ArrayList<>();
        PDFS.forEach((name, c) -> {
            Map<String, Integer> failed = PdfUa.failedChecks(c.pdf());
            if (!failed.isEmpty()) {
                failures.add(name + ":" + PdfText.summary(failed));
            }
        });
        assertThat(failures).as("PDF/UA-1 failed checks (rule: count)").isEmpty();
    }

    @Test
    void everyBlocksTextIsExtractedInReadingOrder() {
        List<String> problems = new ArrayList<>();
        int pieces = 0;
        for (var e : PDFS.entrySet()) {
            List<String> missing = PdfText.missingInOrder(e.getValue().script(), PdfText.body(e.getValue().pdf()));
            missing.stream().limit(5).forEach(m -> problems.add(e.getKey() + " " + m));
            for (ScriptBlock b : e.getValue().script().blocks()) {
                pieces += PdfText.printed(b).size();
            }
        }
        assertThat(pieces).isGreaterThan(5000);
        assertThat(problems).isEmpty();
    }

    @Test
    void onlyTheArticlesInScriptsNoFontHasWarnAboutMissingGlyphs() {
        // Malayalam has no DejaVu glyphs: the Kerala article must say so; the English ones need nothing,
        // and the German one nothing but the two Chinese characters of the name its {{zh}} gives (火狐)
        PDFS.forEach((name, c) -> {
            List<String> warnings = c.result().warnings().stream().filter(w -> w.contains("in none of the fonts")).toList();
            if (name.startsWith("kerala-ml.wiki")) {
                assertThat(warnings).as(name).isNotEmpty();
            } else if (name.startsWith("mozilla-firefox-de.wiki")) {
                assertThat(warnings).as(name).singleElement().asString()
                        .contains("2 characters (2 different)", "U+706B", "U+72D0");
            } else if (name.startsWith(Corpus.SEED)) {
                assertThat(warnings).as(name).isEmpty();
            }
        });
    }
}
