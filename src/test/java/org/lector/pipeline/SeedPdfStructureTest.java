package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.pdf.PdfOptions;
import org.lector.pdf.TaggedPdfWriter;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/** The structure tree of the seed article's PDF, walked element by element. */
class SeedPdfStructureTest {
    private static ReadingScript script;
    private static PDDocument doc;
    private static final List<PDStructureElement> ELEMENTS = new ArrayList<>();

    @BeforeAll
    static void write() throws IOException {
        try (ArticleStream in = ArticleReader.open(Corpus.article(Corpus.SEED))) {
            script = new ArticleConverter().toScript(in.next());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TaggedPdfWriter(PdfOptions.defaults()).write(script, out);
        doc = Loader.loadPDF(out.toByteArray());
        walk(doc.getDocumentCatalog().getStructureTreeRoot());
    }

    @AfterAll
    static void close() throws IOException {
        if (doc != null) {
            doc.close();
        }
    }

    private static void walk(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                ELEMENTS.add(e);
                walk(e);
            }
        }
    }

    private static List<PDStructureElement> elements(String type) {
        return ELEMENTS.stream().filter(e -> e.getStructureType().equals(type)).toList();
    }

    private static long items(Role role) {
        return script.items().stream().filter(i -> i.role() == role).count();
    }

    @Test
    void theTreeIsOneDocumentElementInTheArticlesLanguage() {
        assertThat(doc.getDocumentCatalog().getStructureTreeRoot().getKids()).singleElement()
                .isInstanceOfSatisfying(PDStructureElement.class, d -> assertThat(d.getStructureType()).isEqualTo("Document"));
        assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
        assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
        assertThat(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
    }

    @Test
    void oneHeadingElementPerHeadingPlusTheTitleInOrder() {
        assertThat(elements("H1")).hasSize(1);
        List<String> levels = ELEMENTS.stream().map(PDStructureElement::getStructureType).filter(t -> t.matches("H[1-6]")).toList();
        List<String> expected = new ArrayList<>(List.of("H1"));
        script.items().stream().filter(i -> i.role() == Role.HEADING).forEach(i -> expected.add("H" + i.level()));
        // the seed's levels never skip, so they are kept as they are
        assertThat(levels).isEqualTo(expected).hasSize((int) items(Role.HEADING) + 1);
    }

    @Test
    void everyFigureHasItsDescriptionAsAlt() {
        List<PDStructureElement> figures = elements("Figure");
        assertThat(figures).hasSize((int) items(Role.FIGURE));
        List<String> descriptions = script.items().stream().filter(i -> i.role() == Role.FIGURE)
                .map(i -> i.attributes().get("description")).toList();
        for (int i = 0; i < figures.size(); i++) {
            assertThat(figures.get(i).getAlternateDescription()).isNotBlank().startsWith(descriptions.get(i));
        }
    }

    @Test
    void everyNoteIsANoteElementWithAnIdAndALabelThatLinksBack() {
        List<PDStructureElement> notes = elements("Note");
        assertThat(notes).hasSize((int) items(Role.NOTE));
        Set<String> ids = new HashSet<>();
        for (PDStructureElement note : notes) {
            assertThat(note.getElementIdentifier()).startsWith("note-");
            ids.add(note.getElementIdentifier());
            PDStructureElement lbl = (PDStructureElement) note.getKids().get(0);
            assertThat(lbl.getStructureType()).isEqualTo("Lbl");
            // every note of the seed is cited (note 42 by the quotation's source), so every label links back
            assertThat(links(lbl)).as(note.getElementIdentifier()).hasSize(1);
        }
        assertThat(ids).hasSize(notes.size());
    }

    @Test
    void everyNoteMarkerIsALinkWithAnAnnotationThatGoesSomewhere() throws IOException {
        long markers = script.items().stream().filter(i -> i.role() != Role.NOTE)
                .flatMap(i -> i.spans().stream()).filter(s -> s.type().equals("noteref")).count();
        long unmarked = 1; // the quotation cites note 42 in its source, outside the quoted text: it gets a marker too
        int inText = 0;
        for (PDStructureElement e : ELEMENTS) {
            if (e.getStructureType().equals("P") || e.getStructureType().equals("Figure")) {
                inText += links(e).size(); // a figure caption may cite a note too
            }
        }
        assertThat(markers).isEqualTo(203);
        assertThat(inText).isEqualTo(markers + unmarked);
        for (PDStructureElement link : elements("Link")) {
            List<PDAnnotationLink> annotations = annotations(link);
            assertThat(annotations).isNotEmpty();
            for (PDAnnotationLink a : annotations) {
                assertThat(a.getContents()).isNotBlank();
                assertThat(a.getDestination()).isNotNull();
                assertThat(a.getStructParent()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Test
    void aParagraphSplitAcrossPagesStaysOneElement() {
        // P elements: the paragraphs, the hatnotes, and the quote's text and source
        long quoteSources = script.items().stream().filter(i -> i.role() == Role.QUOTE && i.attributes().containsKey("source")).count();
        List<PDStructureElement> ps = elements("P");
        assertThat(ps).hasSize((int) (items(Role.PARAGRAPH) + items(Role.HATNOTE) + items(Role.QUOTE) + quoteSources));
        int split = 0;
        for (PDStructureElement p : ps) {
            Set<COSDictionary> pages = new HashSet<>();
            for (Object kid : p.getKids()) {
                if (kid instanceof PDMarkedContentReference mcr) {
                    pages.add(mcr.getCOSObject().getCOSDictionary(COSName.PG));
                }
            }
            if (pages.size() > 1) {
                split++;
            }
        }
        // the seed's paragraphs run to 3,000 characters; on 13 pages several must cross a page break
        assertThat(split).isGreaterThanOrEqualTo(5);
    }

    @Test
    void quotesAndFigureGroupsAreGrouped() {
        assertThat(elements("BlockQuote")).hasSize((int) items(Role.QUOTE));
        assertThat(elements("Div")).hasSize((int) items(Role.FIGURE_GROUP));
        PDStructureElement div = elements("Div").get(0);
        assertThat(div.getKids()).filteredOn(k -> k instanceof PDStructureElement e && e.getStructureType().equals("Figure")).hasSize(2);
    }

    @Test
    void everyPageHasTabOrderFromTheStructureAndABookmarkTreeMirrorsTheHeadings() {
        for (var page : doc.getPages()) {
            assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs"))).isEqualTo("S");
        }
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        // the title is the one top-level bookmark; the level-2 headings are its children, the rest nest beneath
        List<String> top = new ArrayList<>();
        outline.children().forEach(i -> top.add(i.getTitle()));
        assertThat(top).containsExactly("Joseph Stalin");
        List<String> children = new ArrayList<>();
        outline.getFirstChild().children().forEach(i -> children.add(i.getTitle()));
        List<String> level2 = script.items().stream().filter(i -> i.role() == Role.HEADING && i.level() == 2)
                .map(ScriptItem::text).toList();
        assertThat(children).isEqualTo(level2);
    }

    private static List<PDObjectReference> links(PDStructureElement parent) {
        List<PDObjectReference> out = new ArrayList<>();
        for (Object kid : parent.getKids()) {
            if (kid instanceof PDStructureElement e && e.getStructureType().equals("Link")) {
                for (Object k : e.getKids()) {
                    if (k instanceof PDObjectReference r) {
                        out.add(r);
                    }
                }
            }
        }
        return out;
    }

    private static List<PDAnnotationLink> annotations(PDStructureElement link) {
        List<PDAnnotationLink> out = new ArrayList<>();
        for (Object k : link.getKids()) {
            if (k instanceof PDObjectReference r && r.getReferencedObject() instanceof PDAnnotationLink a) {
                out.add(a);
            }
        }
        return out;
    }
}
