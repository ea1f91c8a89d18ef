package org.lector.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.pdf.HandScript.cell;
import static org.lector.pdf.HandScript.noteref;
import static org.lector.pdf.HandScript.section;
import static org.lector.pdf.HandScript.span;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Sentence;
import org.lector.script.Span;
import org.lector.script.SpanKind;
import org.lector.testing.PdfText;
import org.lector.testing.PdfUa;

/**
 * A hand-built script with every block kind and every span kind, written once: veraPDF must find
 * it PDF/UA-1 compliant, its structure must say what each block is, and superscripts and
 * subscripts must be drawn smaller and off the baseline.
 */
class EveryBlockPdfTest {
    static final String SCIENCE = "About 1015 joules; water is H2O; in ad 1066 the call print() ran.";

    private static ReadingScript script;
    private static byte[] pdf;
    private static PDDocument doc;
    private static final List<PDStructureElement> ELEMENTS = new ArrayList<>();

    @BeforeAll
    static void write() throws IOException {
        script = everyKind();
        List<String> warnings = new ArrayList<>();
        pdf = TaggedPdfWriterTest.pdf(script, PdfOptions.defaults(), warnings);
        assertThat(warnings).isEmpty();
        doc = Loader.loadPDF(pdf);
        walk(doc.getDocumentCatalog().getStructureTreeRoot());
    }

    @AfterAll
    static void close() throws IOException {
        doc.close();
    }

    static ReadingScript everyKind() {
        int sup = SCIENCE.indexOf("1015") + 2;
        int sub = SCIENCE.indexOf("H2O") + 1;
        String french = "She said bonjour, as the section on figures shows.";
        String tex = "E = mc^2";
        Prose formula = new Prose(tex, List.of(new Span(SpanKind.FORMULA, 0, tex.length(), tex)), List.of(),
                List.of(new Sentence("s0.m1.1", 0, tex.length(), "E equals m c squared.")));
        List<ScriptBlock> lead = List.of(
                new ScriptBlock.Hatnote("s0.a1", ScriptBlock.HatnoteKind.MAIN, "Main article", Prose.plain("Main article: Block kinds")),
                new ScriptBlock.Infobox("s0.b1", Prose.plain("Lector"), List.of(
                        new ScriptBlock.InfoboxEntry("s0.b1.e1", "Written in", Prose.plain("Java 17")),
                        new ScriptBlock.InfoboxEntry("s0.b1.e2", "Licence", Prose.plain("GPL")),
                        new ScriptBlock.InfoboxEntry("s0.b1.e3", "", Prose.plain("Output formats")))),
                new ScriptBlock.Paragraph("s0.p1", HandScript.prose(SCIENCE,
                        new Span(SpanKind.SUPERSCRIPT, sup, sup + 2, null),
                        new Span(SpanKind.SUBSCRIPT, sub, sub + 1, null),
                        span(SpanKind.SMALL_CAPS, SCIENCE, "ad"),
                        span(SpanKind.CODE, SCIENCE, "print()"),
                        noteref(SCIENCE, "joules", "1"))),
                new ScriptBlock.Paragraph("s0.p2", HandScript.prose(french,
                        span(SpanKind.LANG, french, "bonjour", "fr"),
                        span(SpanKind.ITALIC, french, "bonjour"),
                        span(SpanKind.BOLD, french, "section"),
                        span(SpanKind.LINK, french, "the section on figures", "#Figures"))),
                new ScriptBlock.Formula("s0.m1", tex, formula));
        ScriptBlock.Figure first = figure("s1.g1.f1", "A portrait of Ada", "Ada", "s1.g1");
        ScriptBlock.Figure second = figure("s1.g1.f2", "A portrait of Charles", "Charles", "s1.g1");
        ScriptBlock.FigureGroup group = new ScriptBlock.FigureGroup("s1.g1", Prose.plain("Two portraits"), List.of(first, second));
        ScriptBlock.Figure alone = figure("s1.f3", "A difference engine", "The engine, 1832", null);
        ScriptBlock.ListBlock list = new ScriptBlock.ListBlock("s2.l1", List.of(
                item("s2.l1.i1", ScriptBlock.ListKind.BULLET, 0, 1, "A bullet"),
                item("s2.l1.i2", ScriptBlock.ListKind.BULLET, 0, 2, "A nested bullet")));
        ScriptBlock.ListBlock ordered = new ScriptBlock.ListBlock("s2.l2", List.of(
                item("s2.l2.i1", ScriptBlock.ListKind.ORDERED, 1, 1, "First"),
                item("s2.l2.i2", ScriptBlock.ListKind.ORDERED, 2, 1, "Second")));
        ScriptBlock.ListBlock definitions = new ScriptBlock.ListBlock("s2.l3", List.of(new ScriptBlock.ListItem("s2.l3.i1",
                ScriptBlock.ListKind.DEFINITION, 0, "Term", 1, HandScript.prose("Term: its meaning",
                new Span(SpanKind.BOLD, 0, 4, null)))));
        ScriptBlock.Table table = new ScriptBlock.Table("s3.t1", Prose.plain("Events"), 3, 2, List.of(
                new ScriptBlock.Row("s3.t1.r1", 1, true, Prose.EMPTY, List.of(
                        cell("s3.t1.r1.c1", "Year", 1, 1, true, ScriptBlock.Scope.COLUMN),
                        cell("s3.t1.r1.c2", "Event", 2, 1, true, ScriptBlock.Scope.COLUMN))),
                new ScriptBlock.Row("s3.t1.r2", 2, false, Prose.EMPTY, List.of(
                        cell("s3.t1.r2.c1", "1843", 1, 1, true, ScriptBlock.Scope.ROW),
                        cell("s3.t1.r2.c2", "Notes published", 2, 1, false, ScriptBlock.Scope.NONE))),
                new ScriptBlock.Row("s3.t1.r3", 3, false, Prose.EMPTY, List.of(
                        cell("s3.t1.r3.c1", "Nothing else happened", 1, 2, false, ScriptBlock.Scope.NONE)))));
        Prose source = new Prose("Ada Lovelace, 1843", List.of(), List.of(new NoteText("2", "", "Her notes.", List.of())), List.of());
        ScriptBlock.Quote quote = new ScriptBlock.Quote("s3.q1", Prose.plain("The engine weaves algebraic patterns."), source);
        List<ScriptBlock.Note> notes = List.of(
                new ScriptBlock.Note("notes.1", "1", "", ScriptBlock.NoteKind.CITATION, List.of(), Prose.plain("A first source.")),
                new ScriptBlock.Note("notes.2", "2", "", ScriptBlock.NoteKind.EXPLANATORY, List.of(), Prose.plain("Her notes.")));
        return HandScript.script("Every block", lead, List.of(
                section("s1", 2, "Figures", group, alone),
                section("s2", 3, "Lists", list, ordered, definitions),
                section("s3", 2, "Tables", table, quote),
                section("s4", 5, "Deep", HandScript.paragraph("s4.p1", "A heading five levels down follows an H2."))), notes);
    }

    private static ScriptBlock.Figure figure(String id, String description, String caption, String group) {
        return new ScriptBlock.Figure(id, Prose.plain(caption), description, caption, description, id + ".jpg", group);
    }

    private static ScriptBlock.ListItem item(String id, ScriptBlock.ListKind kind, int ordinal, int depth, String text) {
        return new ScriptBlock.ListItem(id, kind, ordinal, "", depth, Prose.plain(text));
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

    private static List<PDStructureElement> kids(PDStructureElement e, String type) {
        List<PDStructureElement> out = new ArrayList<>();
        for (Object kid : e.getKids()) {
            if (kid instanceof PDStructureElement k && k.getStructureType().equals(type)) {
                out.add(k);
            }
        }
        return out;
    }

    @Test
    void veraPdfFindsItPdfUa1Compliant() {
        assertThat(PdfUa.failedChecks(pdf)).isEmpty();
    }

    @Test
    void everyBlocksTextIsPrintedInReadingOrder() {
        String body = PdfText.body(pdf);
        assertThat(PdfText.missingInOrder(script, body)).isEmpty();
        assertThat(body).contains("Infobox: Lector");
    }

    @Test
    void headingLevelsNeverSkip() {
        List<String> levels = ELEMENTS.stream().map(PDStructureElement::getStructureType).filter(t -> t.matches("H[1-6]")).toList();
        assertThat(levels).containsExactly("H1", "H2", "H3", "H2", "H3", "H2");
    }

    @Test
    void figuresCarryTheirDescriptionAndAGroupIsADivHoldingItsFigures() {
        assertThat(elements("Figure")).extracting(PDStructureElement::getAlternateDescription).containsExactly(
                "A portrait of Ada. Caption: Ada", "A portrait of Charles. Caption: Charles",
                "A difference engine. Caption: The engine, 1832");
        PDStructureElement div = elements("Div").get(0);
        assertThat(kids(div, "P")).hasSize(1);
        assertThat(kids(div, "Figure")).hasSize(2);
    }

    @Test
    void listsNestAndLabelTheirItems() {
        List<PDStructureElement> lists = elements("L");
        // the bullets, the nested bullet inside the first item's body, the numbers, the definitions
        assertThat(lists).hasSize(4);
        PDStructureElement first = kids(lists.get(0), "LI").get(0);
        assertThat(kids(first, "Lbl")).hasSize(1);
        assertThat(kids(kids(first, "LBody").get(0), "L")).hasSize(1);
        assertThat(kids(lists.get(2), "LI")).allSatisfy(li -> assertThat(kids(li, "Lbl")).hasSize(1));
        PDStructureElement definition = kids(lists.get(3), "LI").get(0);
        assertThat(kids(definition, "Lbl")).isEmpty();
    }

    @Test
    void tableHeadersHaveTheirScopeAndTheInfoboxIsATableOfLabelledRows() {
        List<PDStructureElement> tables = elements("Table");
        assertThat(tables).hasSize(2);
        PDStructureElement infobox = tables.get(0);
        assertThat(kids(infobox, "Caption")).hasSize(1);
        assertThat(kids(infobox, "TR")).hasSize(3);
        assertThat(kids(infobox, "TR").stream().flatMap(r -> kids(r, "TH").stream()).map(EveryBlockPdfTest::scope))
                .containsExactly("Row", "Row");
        PDStructureElement events = tables.get(1);
        List<String> scopes = kids(events, "TR").stream().flatMap(r -> kids(r, "TH").stream()).map(EveryBlockPdfTest::scope).toList();
        assertThat(scopes).containsExactly("Column", "Column", "Row");
    }

    private static String scope(PDStructureElement th) {
        for (int i = 0; i < th.getAttributes().size(); i++) {
            if (th.getAttributes().getObject(i) instanceof PDTableAttributeObject t && t.getScope() != null) {
                return t.getScope();
            }
        }
        return null;
    }

    @Test
    void notesHaveIdsAndLabelsAndTheQuoteItsSource() {
        List<PDStructureElement> notes = elements("Note");
        assertThat(notes).extracting(PDStructureElement::getElementIdentifier).containsExactly("note-1", "note-2");
        for (PDStructureElement note : notes) {
            assertThat(((PDStructureElement) note.getKids().get(0)).getStructureType()).isEqualTo("Lbl");
        }
        PDStructureElement quote = elements("BlockQuote").get(0);
        assertThat(kids(quote, "P")).hasSize(2);
        // the source cites note 2: its marker is a link inside the source's paragraph
        assertThat(kids(kids(quote, "P").get(1), "Link")).hasSize(1);
    }

    @Test
    void inlineTagsAndTheFormulaAlt() {
        assertThat(elements("Span")).extracting(PDStructureElement::getLanguage).containsExactly("fr");
        // two note markers, the section link, two back links from the notes
        assertThat(elements("Link")).hasSize(5);
        List<PDStructureElement> formulas = elements("Formula");
        assertThat(formulas).singleElement().extracting(PDStructureElement::getAlternateDescription)
                .isEqualTo("E equals m c squared.");
    }

    @Test
    void bookmarksAreTheChaptersWithTheirSectionsBeneath() throws IOException {
        PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
        List<String> top = new ArrayList<>();
        outline.children().forEach(i -> top.add(i.getTitle()));
        assertThat(top).containsExactly("Every block", "Figures", "Tables", "Notes");
        List<String> underFigures = new ArrayList<>();
        List<String> underTables = new ArrayList<>();
        for (PDOutlineItem i : outline.children()) {
            if (i.getTitle().equals("Figures")) {
                i.children().forEach(k -> underFigures.add(k.getTitle()));
            } else if (i.getTitle().equals("Tables")) {
                i.children().forEach(k -> underTables.add(k.getTitle()));
            }
            assertThat(i.getDestination()).as(i.getTitle()).isNotNull();
        }
        assertThat(underFigures).containsExactly("Lists");
        assertThat(underTables).containsExactly("Deep");
    }

    @Test
    void superscriptsAreRaisedAndSubscriptsLoweredBothSmaller() throws IOException {
        List<TextPosition> glyphs = glyphs();
        int at = indexOf(glyphs, "1015");
        TextPosition ten = glyphs.get(at + 1);
        TextPosition fifteen = glyphs.get(at + 2);
        // y grows downwards in PDFBox's adjusted coordinates: raised means a smaller y
        assertThat(fifteen.getYDirAdj()).isLessThan(ten.getYDirAdj() - 2);
        assertThat(fifteen.getFontSizeInPt()).isLessThan(ten.getFontSizeInPt() * 0.8f);
        int water = indexOf(glyphs, "H2O");
        TextPosition h = glyphs.get(water);
        TextPosition two = glyphs.get(water + 1);
        assertThat(two.getYDirAdj()).isGreaterThan(h.getYDirAdj() + 0.5f);
        assertThat(two.getFontSizeInPt()).isLessThan(h.getFontSizeInPt() * 0.8f);
    }

    @Test
    void smallCapitalsAreSmallerCapitalsAndCodeIsMonospaced() throws IOException {
        List<TextPosition> glyphs = glyphs();
        int ad = indexOf(glyphs, "AD 1066");
        TextPosition a = glyphs.get(ad);
        TextPosition in = glyphs.get(ad - 2); // the "n" of "in"
        assertThat(a.getFontSizeInPt()).isLessThan(in.getFontSizeInPt()).isGreaterThan(in.getFontSizeInPt() * 0.7f);
        int print = indexOf(glyphs, "print()");
        assertThat(glyphs.get(print).getFont().getName()).contains("DejaVuSansMono");
        assertThat(glyphs.get(print - 2).getFont().getName()).doesNotContain("Mono");
    }

    /** The glyphs of the first page as drawn, in content order. */
    private static List<TextPosition> glyphs() throws IOException {
        List<TextPosition> out = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.add(text);
            }
        };
        stripper.setStartPage(1);
        stripper.setEndPage(1);
        stripper.getText(doc);
        return out;
    }

    private static int indexOf(List<TextPosition> glyphs, String text) {
        StringBuilder all = new StringBuilder();
        glyphs.forEach(g -> all.append(g.getUnicode().length() == 1 ? g.getUnicode() : "\u0000"));
        int at = all.indexOf(text);
        assertThat(at).as("«%s» among the drawn glyphs", text).isNotNegative();
        return at;
    }
}
