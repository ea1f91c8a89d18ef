package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.pdf.PdfOptions;
import org.lector.pdf.TaggedPdfWriter;
import org.lector.script.BlockProse;
import org.lector.script.Chapter;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.SpanKind;
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

    /** The blocks of one kind, in reading order. */
    private static <T extends ScriptBlock> List<T> blocks(Class<T> kind) {
        return script.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** Every figure, those inside groups included, in reading order. */
    private static List<ScriptBlock.Figure> figures() {
        List<ScriptBlock.Figure> out = new ArrayList<>();
        for (ScriptBlock b : script.blocks()) {
            if (b instanceof ScriptBlock.Figure f) {
                out.add(f);
            } else if (b instanceof ScriptBlock.FigureGroup g) {
                out.addAll(g.figures());
            }
        }
        return out;
    }

    /** The section headings after the title. */
    private static List<ScriptBlock.Heading> headings() {
        return script.sections().stream().map(Section::heading).filter(h -> h.level() > 1).toList();
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
        headings().forEach(h -> expected.add("H" + h.level()));
        // the seed's levels never skip, so they are kept as they are
        assertThat(levels).isEqualTo(expected).hasSize(headings().size() + 1);
    }

    @Test
    void everyFigureHasItsDescriptionAsAlt() {
        List<PDStructureElement> figures = elements("Figure");
        List<String> descriptions = figures().stream().map(ScriptBlock.Figure::description).toList();
        assertThat(figures).hasSize(descriptions.size());
        for (int i = 0; i < figures.size(); i++) {
            assertThat(figures.get(i).getAlternateDescription()).isNotBlank().startsWith(descriptions.get(i));
        }
    }

    @Test
    void everyNoteIsANoteElementWithAnIdAndALabelThatLinksBack() {
        List<PDStructureElement> notes = elements("Note");
        long inNotesSection = script.sections().stream().filter(sec -> sec.role() == SectionRole.NOTES)
                .mapToLong(sec -> sec.blocks().size()).sum();
        assertThat(notes).hasSize(blocks(ScriptBlock.Note.class).size()).hasSize((int) inNotesSection);
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
        long markers = 0;
        long unmarked = 0; // notes a text cites without a marker get one at its end
        List<ScriptBlock> marking = script.sections().stream().filter(sec -> sec.role() != SectionRole.NOTES)
                .flatMap(sec -> Stream.concat(Stream.of(sec.heading()), sec.blocks().stream())).toList();
        for (ScriptBlock b : marking) {
            for (Prose p : BlockProse.of(b)) {
                Set<String> marked = new HashSet<>();
                p.spans().stream().filter(sp -> sp.kind() == SpanKind.NOTEREF).forEach(sp -> marked.add(sp.value()));
                markers += p.spans().stream().filter(sp -> sp.kind() == SpanKind.NOTEREF).count();
                unmarked += p.notes().stream().filter(n -> !marked.contains(n.label())).map(NoteText::label).distinct().count();
            }
        }
        // note markers are the links that say "Note 12"; the notes' labels link back, section links go elsewhere
        long inText = elements("Link").stream().flatMap(l -> annotations(l).stream())
                .filter(a -> a.getContents().startsWith("Note ")).count();
        // all 204 citations of the seed, the one in the quotation's source (note 42) included
        assertThat(markers).isEqualTo(204);
        assertThat(unmarked).isZero();
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
        // P elements: the paragraphs, the hatnotes, the quotes' text and source, the captions of figure groups
        List<ScriptBlock.Quote> quotes = blocks(ScriptBlock.Quote.class);
        long quoteSources = quotes.stream().filter(q -> !q.source().text().isBlank()).count();
        long groupCaptions = blocks(ScriptBlock.FigureGroup.class).stream().filter(g -> !g.text().text().isBlank()).count();
        List<PDStructureElement> ps = elements("P");
        assertThat(ps).hasSize(blocks(ScriptBlock.Paragraph.class).size() + blocks(ScriptBlock.Hatnote.class).size()
                + quotes.size() + (int) quoteSources + (int) groupCaptions);
        int split = 0;
        for (PDStructureElement p : ps) {
            Set<COSDictionary> pages = new HashSet<>();
            collectPages(p, pages);
            if (pages.size() > 1) {
                split++;
            }
        }
        // the seed's paragraphs run to 3,000 characters; on its 13 pages, where figures (which are
        // never split) end most pages, at least two paragraphs cross a page break
        assertThat(split).isGreaterThanOrEqualTo(2);
    }

    /** The pages an element's content is drawn on, its nested elements' (links, spans) included. */
    private static void collectPages(PDStructureElement e, Set<COSDictionary> pages) {
        COSDictionary own = e.getCOSObject().getCOSDictionary(COSName.PG);
        for (Object kid : e.getKids()) {
            if (kid instanceof PDMarkedContentReference mcr) {
                COSDictionary page = mcr.getCOSObject().getCOSDictionary(COSName.PG);
                pages.add(page != null ? page : own);
            } else if (kid instanceof Integer && own != null) {
                pages.add(own); // a bare MCID belongs to the element's own page
            } else if (kid instanceof PDStructureElement child) {
                collectPages(child, pages);
            }
        }
    }

    @Test
    void quotesAndFigureGroupsAreGrouped() {
        assertThat(elements("BlockQuote")).hasSize(blocks(ScriptBlock.Quote.class).size());
        assertThat(elements("Div")).hasSize(blocks(ScriptBlock.FigureGroup.class).size());
        PDStructureElement div = elements("Div").get(0);
        assertThat(div.getKids()).filteredOn(k -> k instanceof PDStructureElement e && e.getStructureType().equals("Figure")).hasSize(2);
    }

    @Test
    void everyPageHasTabOrderFromTheStructureAndTheBookmarksAreTheChapters() {
        for (var page : doc.getPages()) {
            assertThat(page.getCOSObject().getNameAsString(COSName.getPDFName("Tabs"))).isEqualTo("S");
        }
        var outline = doc.getDocumentCatalog().getDocumentOutline();
        // one top-level bookmark per chapter (the title and lead, each top-level section, the notes), in order
        List<String> top = new ArrayList<>();
        outline.children().forEach(i -> top.add(i.getTitle()));
        assertThat(top).isEqualTo(script.chapters().stream().map(Chapter::title).toList());
        assertThat(top.get(0)).isEqualTo("Joseph Stalin");
        assertThat(top.get(top.size() - 1)).isEqualTo("Notes");
        // beneath each, the headings of its sections but the one naming it
        int c = 0;
        for (var item : outline.children()) {
            Chapter chapter = script.chapters().get(c++);
            List<String> below = new ArrayList<>();
            collect(item, below);
            List<String> expected = chapter.sections().stream().map(Section::heading)
                    .filter(h -> !h.id().equals(chapter.announced())).map(h -> h.text().text()).toList();
            assertThat(below).as(chapter.title()).isEqualTo(expected);
        }
    }

    private static void collect(PDOutlineNode node, List<String> titles) {
        node.children().forEach(child -> {
            titles.add(child.getTitle());
            collect(child, titles);
        });
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
