package org.lector.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;

/**
 * The pages as they fill: the current page and its content stream, the height left on it, and
 * the drawing of set lines into it with their tags. Lines of one block flow over page breaks
 * with widow and orphan control: a page never ends with a paragraph's first line alone, nor
 * begins with its last line alone. Running heads and page numbers are drawn as artifacts when a
 * page is done.
 */
final class Flow {
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color LINK = new Color(0x1f, 0x4e, 0x8c);
    static final Color QUIET = new Color(0x55, 0x55, 0x55);
    /** The fewest lines of a paragraph left alone at the foot or the head of a page. */
    private static final int MIN_LINES = 2;

    interface Segments {
        /** A part of a block has been drawn on the current page between these heights. */
        void drawn(float top, float bottom) throws IOException;
    }

    final PDDocument doc;
    final Geometry geometry;
    final Tagging tags;
    final FontSet fonts;
    final InlineText inlineText;
    final LinkTargets targets;
    final Bookmarks bookmarks;
    private final String title;
    private final EncodedText encoded;
    /** One border style (none) for every link annotation, not a dictionary each. */
    private final PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
    private final Map<InlineTag, PDStructureElement> inlineElements = new IdentityHashMap<>();
    private String section = "";
    private PDPage page;
    private PDPageContentStream cs;
    /**
     * The element whose marked-content sequence is still open: the plain text of a block's lines
     * runs on in one sequence until something else is drawn, so a paragraph gets one MCID (and,
     * past its first page, one reference) per page rather than per line.
     */
    private PDStructureElement open;
    /** The font and size the content stream last set. */
    private FontSet.Face shownFace;
    private float shownSize;
    private float y;
    private int pages;

    Flow(PDDocument doc, Geometry geometry, Tagging tags, FontSet fonts, InlineText inlineText, LinkTargets targets,
         Bookmarks bookmarks, String title) throws IOException {
        this.doc = doc;
        this.geometry = geometry;
        this.tags = tags;
        this.fonts = fonts;
        this.inlineText = inlineText;
        this.targets = targets;
        this.bookmarks = bookmarks;
        this.title = title;
        this.encoded = new EncodedText(doc, fonts);
        noBorder.setWidth(0);
    }

    PDPage page() {
        return page;
    }

    /** The content stream, for drawing something of one's own: the open sequence is closed first. */
    PDPageContentStream content() throws IOException {
        closeSequence();
        return cs;
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    int pages() {
        return pages;
    }

    /** The section named in the running heads of the pages that follow. */
    void section(String name) {
        section = name;
    }

    float remaining() {
        return y - geometry.bottom();
    }

    boolean atTop() {
        return y >= geometry.top() - 0.01f;
    }

    /** Starts a new page unless {@code height} still fits here (or this page is still empty). */
    void ensure(float height) throws IOException {
        if (height > remaining() && !atTop()) {
            newPage();
        }
    }

    /** Vertical space, swallowed at the top of a page. */
    void skip(float height) {
        if (!atTop()) {
            y = Math.max(geometry.bottom(), y - height);
        }
    }

    void newPage() throws IOException {
        finishPage();
        page = new PDPage(new PDRectangle(geometry.pageWidth(), geometry.pageHeight()));
        // tab order follows the structure tree (PDF/UA 7.18.3)
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        doc.addPage(page);
        tags.startPage(page);
        cs = new PDPageContentStream(doc, page);
        shownFace = null;
        y = geometry.top();
        pages++;
    }

    /** A block is drawn: the elements of its inline tags are done with, and so are the tags. */
    void blockDrawn() {
        inlineElements.clear();
    }

    void finish() throws IOException {
        finishPage();
    }

    /**
     * Draws lines owned by {@code owner} at {@code x}, breaking pages as needed and keeping at
     * least two lines together at either side of a break.
     */
    void flowLines(List<Line> lines, float x, float leading, PDStructureElement owner, Color color, Segments segments)
            throws IOException {
        int i = 0;
        int n = lines.size();
        while (i < n) {
            int fit = (int) Math.floor((remaining() + 0.01f) / leading);
            int rest = n - i;
            int take = Math.min(fit, rest);
            if (take < rest) {
                if (rest - take < MIN_LINES && rest > MIN_LINES) {
                    take = rest - MIN_LINES; // no widow: carry two lines over
                }
                if (take < Math.min(MIN_LINES, rest) && !atTop()) {
                    newPage(); // no orphan: start the block on the next page
                    continue;
                }
                take = Math.max(1, take);
            }
            float top = y;
            for (int k = 0; k < take; k++) {
                drawLine(lines.get(i + k), x, y - leading * 0.78f, owner, color);
                y -= leading;
            }
            if (segments != null) {
                segments.drawn(top, y);
            }
            i += take;
            if (i < n) {
                newPage();
            }
        }
    }

    /** Draws one line with its baseline at {@code baseline}; inline tags get their own elements. */
    void drawLine(Line line, float x, float baseline, PDStructureElement block, Color color) throws IOException {
        List<Line.Piece> pieces = line.pieces();
        int i = 0;
        while (i < pieces.size()) {
            Line.Piece first = pieces.get(i);
            InlineTag tag = first.fragment().tag();
            int j = i + 1;
            if (first.actualText() == null) {
                while (j < pieces.size() && pieces.get(j).fragment().tag() == tag && pieces.get(j).actualText() == null) {
                    j++;
                }
            }
            PDStructureElement owner = tag == null ? block : inlineElement(tag, block);
            // the block's own text without ActualText runs on in one sequence; the rest get their own
            boolean plain = tag == null && first.actualText() == null;
            if (!plain || open != owner) {
                closeSequence();
                tags.begin(cs, page, owner, first.actualText());
                if (plain) {
                    open = owner;
                }
            }
            cs.setNonStrokingColor(tag != null && tag.isLink() ? LINK : color);
            show(pieces.subList(i, j), x, baseline);
            if (!plain) {
                tags.end(cs);
            }
            if (tag != null && tag.isLink()) {
                annotate(owner, tag, pieces.subList(i, j), x, baseline);
            }
            if (tag != null && tag.kind == InlineTag.Kind.NOTE_REF) {
                targets.place(Anchors.noteRef(tag.value), page, geometry.left(), baseline + geometry.leading() * 2);
            }
            i = j;
        }
    }

    /**
     * Shows pieces of text (inside whatever marked-content sequence is open). Each piece is
     * placed by a Td from the one before (the first from the origin, where BT puts the text
     * matrix), and the font is set only when it changes: the font is part of the graphics state,
     * which outlasts the text object.
     */
    void show(List<Line.Piece> pieces, float x, float baseline) throws IOException {
        cs.beginText();
        float atX = 0;
        float atY = 0;
        for (Line.Piece p : pieces) {
            Fragment f = p.fragment();
            if (f.face() != shownFace || f.size() != shownSize) {
                cs.setFont(fonts.font(f.face()), f.size());
                shownFace = f.face();
                shownSize = f.size();
            }
            float px = x + p.x();
            float py = baseline + f.rise();
            cs.newLineAtOffset(px - atX, py - atY);
            atX = px;
            atY = py;
            encoded.show(cs, f.face(), p.text());
        }
        cs.endText();
    }

    /** A thin horizontal rule, as a decoration artifact. */
    void rule(float x1, float x2, float atY, float width, Color color) throws IOException {
        line(x1, atY, x2, atY, width, color);
    }

    /** A straight line, as a decoration artifact. */
    void line(float x1, float y1, float x2, float y2, float width, Color color) throws IOException {
        closeSequence();
        tags.beginArtifact(cs, "Layout", null);
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        tags.end(cs);
    }

    private PDStructureElement inlineElement(InlineTag tag, PDStructureElement block) {
        return inlineElements.computeIfAbsent(tag, t -> {
            switch (t.kind) {
                case LANG -> {
                    PDStructureElement span = tags.add(block, "Span");
                    span.setLanguage(t.value);
                    return span;
                }
                case FORMULA -> {
                    PDStructureElement formula = tags.add(block, "Formula");
                    formula.setAlternateDescription(t.value);
                    return formula;
                }
                default -> {
                    return tags.add(block, "Link");
                }
            }
        });
    }

    private void annotate(PDStructureElement owner, InlineTag tag, List<Line.Piece> pieces, float x, float baseline)
            throws IOException {
        Line.Piece first = pieces.get(0);
        Line.Piece last = pieces.get(pieces.size() - 1);
        float top = baseline;
        float bottom = baseline;
        for (Line.Piece p : pieces) {
            top = Math.max(top, baseline + p.fragment().rise() + p.fragment().size() * 0.95f);
            bottom = Math.min(bottom, baseline + p.fragment().rise() - p.fragment().size() * 0.25f);
        }
        float left = x + first.x() - 1;
        float right = x + last.x() + last.fragment().width() + 1;
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(left, bottom, right - left, top - bottom));
        link.setBorderStyle(noBorder);
        link.setContents(tag.description);
        link.setPrinted(true);
        // appended to the page's array itself: getAnnotations() wraps every annotation already there, each call
        COSArray annotations = page.getCOSObject().getCOSArray(COSName.ANNOTS);
        if (annotations == null) {
            annotations = new COSArray();
            page.getCOSObject().setItem(COSName.ANNOTS, annotations);
        }
        annotations.add(link);
        tags.annotation(page, link, owner);
        targets.link(link, tag.anchor);
    }

    private void finishPage() throws IOException {
        if (cs == null) {
            return;
        }
        closeSequence();
        float small = geometry.fontSize() * 0.8f;
        if (pages > 1) {
            float headY = geometry.top() + geometry.leading() * 1.6f;
            tags.beginArtifact(cs, "Pagination", "Header");
            cs.setNonStrokingColor(QUIET);
            float half = geometry.textWidth() / 2 - small;
            List<Line> left = runningHead(title, half, LineSetter.Align.LEFT, small);
            List<Line> right = runningHead(section, half, LineSetter.Align.RIGHT, small);
            if (!left.isEmpty()) {
                show(left.get(0).pieces(), geometry.left(), headY);
            }
            if (!right.isEmpty()) {
                show(right.get(0).pieces(), geometry.right() - half, headY);
            }
            tags.end(cs);
            rule(geometry.left(), geometry.right(), headY - small * 0.6f, 0.4f, QUIET);
        }
        tags.beginArtifact(cs, "Pagination", "Footer");
        cs.setNonStrokingColor(QUIET);
        List<Line> number = runningHead(Integer.toString(pages), geometry.textWidth(), LineSetter.Align.CENTER, small);
        show(number.get(0).pieces(), geometry.left(), geometry.bottom() - geometry.leading() * 2.2f);
        tags.end(cs);
        cs.close();
        cs = null;
    }

    private void closeSequence() throws IOException {
        if (open != null) {
            tags.end(cs);
            open = null;
        }
    }

    private List<Line> runningHead(String text, float width, LineSetter.Align align, float size) {
        Words words = inlineText.words(text, List.of(), TextStyle.SERIF_ITALIC, size);
        return words.isEmpty() ? List.of() : LineSetter.set(words, width, 0, align, fonts);
    }
}
