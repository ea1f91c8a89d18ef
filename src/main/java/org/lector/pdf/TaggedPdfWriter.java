package org.lector.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
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
    private final PdfOptions options;

    public TaggedPdfWriter(PdfOptions options) {
        this.options = options;
    }

    public PdfResult write(ReadingScript script, OutputStream out) throws IOException {
        String title = script.title() == null || script.title().isBlank() ? "Untitled" : script.title().strip();
        String language = script.language() == null || script.language().isBlank() ? "en" : script.language();
        try (PDDocument doc = new PDDocument(); FontSet fonts = new FontSet(doc)) {
            Geometry geometry = Geometry.of(options);
            Tagging tags = new Tagging();
            Anchors anchors = new Anchors(script);
            GlyphChooser glyphs = new GlyphChooser(fonts);
            InlineText inline = new InlineText(glyphs, anchors);
            Typesetter typesetter = new Typesetter(geometry, fonts, inline, tags, anchors);
            List<Chapter> chapters = ScriptLayout.chapters(script, title);
            List<Block> blocks = new ScriptLayout(typesetter).blocks(chapters);
            List<String> warnings = new ArrayList<>(glyphs.warnings());

            LinkTargets targets = new LinkTargets();
            Bookmarks bookmarks = new Bookmarks(chapters);
            Flow flow = new Flow(doc, geometry, tags, fonts, inline, targets, bookmarks, title);
            flow.newPage();
            float[] keep = keepHeights(blocks, geometry.textHeight() * 0.5f);
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i).keepsWithNext()) {
                    flow.ensure(keep[i]);
                }
                blocks.get(i).draw(flow);
            }
            flow.finish();
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

    /**
     * What must fit before each block is started: a heading needs room for itself and the
     * start of what follows (another heading included), capped so a chain cannot demand a page.
     */
    private static float[] keepHeights(List<Block> blocks, float cap) {
        float[] keep = new float[blocks.size()];
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            float next = i + 1 < blocks.size() ? keep[i + 1] : 0;
            keep[i] = Math.min(cap, b.keepsWithNext() ? b.keepHeight() + next : b.keepHeight());
        }
        return keep;
    }
}
