package org.lector.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;

/**
 * Writes a reading script as a tagged PDF meant to conform to PDF/UA-1: the text set in
 * embedded DejaVu fonts, every piece of content tagged in reading order or marked as an
 * artifact, notes linked both ways, bookmarks by chapter and heading.
 */
public final class TaggedPdfWriter {
    /**
     * Stream data (page contents, fonts) kept on the heap; beyond it PDFBox moves finished streams
     * to a scratch file, so a long article's pages do not all wait on the heap for the save.
     */
    private static final long STREAMS_IN_MEMORY = 8L << 20;

    private final PdfOptions options;

    public TaggedPdfWriter(PdfOptions options) {
        this.options = options;
    }

    public PdfResult write(ReadingScript script, OutputStream out) throws IOException {
        String title = script.title() == null || script.title().isBlank() ? "Untitled" : script.title().strip();
        String language = script.language() == null || script.language().isBlank() ? "en" : script.language();
        try (PDDocument doc = new PDDocument(MemoryUsageSetting.setupMixed(STREAMS_IN_MEMORY).streamCache);
             FontSet fonts = new FontSet(doc)) {
            Geometry geometry = Geometry.of(options);
            Tagging tags = new Tagging();
            Anchors anchors = new Anchors(script);
            GlyphChooser glyphs = new GlyphChooser(fonts);
            InlineText inline = new InlineText(glyphs, anchors);
            Typesetter typesetter = new Typesetter(geometry, fonts, inline, tags, anchors);
            List<Chapter> chapters = ScriptLayout.chapters(script, title);
            BlockQueue blocks = new BlockQueue(new ScriptLayout(typesetter).blocks(chapters), geometry.textHeight() * 0.5f);

            LinkTargets targets = new LinkTargets();
            Bookmarks bookmarks = new Bookmarks(chapters);
            // running heads choose their glyphs apart: the text's missing characters are warned
            // about once, not once more on every page
            InlineText heads = new InlineText(new GlyphChooser(fonts), anchors);
            Flow flow = new Flow(doc, geometry, tags, fonts, heads, targets, bookmarks, title);
            flow.newPage();
            // each block is set when it comes up and let go once drawn
            for (Block b = blocks.next(); b != null; b = blocks.next()) {
                if (b.keepsWithNext()) {
                    flow.ensure(blocks.keepHeight(b));
                }
                b.draw(flow);
                flow.blockDrawn();
            }
            flow.finish();
            List<String> warnings = new ArrayList<>(glyphs.warnings());
            int unresolved = targets.resolve();
            if (unresolved > 0) {
                warnings.add("pdf: " + unresolved + " internal links found no target");
            }
            tags.finish();
            bookmarks.finish();
            doc.getDocumentCatalog().setStructureTreeRoot(tags.root());
            doc.getDocumentCatalog().setDocumentOutline(bookmarks.outline());
            doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            DocumentProperties.apply(doc, title, language, options.creator(), script.bookDate());
            DocumentId.set(doc, script);
            doc.save(out);
            return new PdfResult(flow.pages(), warnings);
        }
    }
}
