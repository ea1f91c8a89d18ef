package org.lector.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/** Lines set with real DejaVu metrics. */
class LineSetterTest {
    private PDDocument doc;
    private FontSet fonts;
    private InlineText inline;

    @BeforeEach
    void fonts() {
        doc = new PDDocument();
        fonts = new FontSet(doc);
        inline = new InlineText(new GlyphChooser(fonts), new Anchors(HandScript.lead("T", List.of())));
    }

    @AfterEach
    void close() throws IOException {
        fonts.close();
        doc.close();
    }

    private static String text(Line line) {
        StringBuilder sb = new StringBuilder();
        line.pieces().forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    @Test
    void justifiedLinesFillTheMeasureAndKeepEveryWordWhole() {
        String para = "Lenin died in January 1924. Stalin took charge of the funeral and was one of its pallbearers; "
                + "against the wishes of Lenin's widow, the Politburo embalmed his corpse and placed it within a mausoleum.";
        List<Line> lines = LineSetter.set(inline.words(para, List.of(), TextStyle.SERIF, 10), 200, 0, LineSetter.Align.JUSTIFY, fonts);
        assertThat(lines).hasSizeGreaterThan(3);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            assertThat(l.width()).as("line %d", i).isLessThanOrEqualTo(200.01f);
            if (i < lines.size() - 1 && l.width() > 150) {
                assertThat(l.width()).as("justified line %d", i).isCloseTo(200f, offset(0.05f));
            }
            all.append(text(l).strip()).append(' ');
        }
        // the words come back in order, none split between lines
        assertThat(all.toString().strip()).isEqualTo(para);
    }

    @Test
    void raggedRightLinesUseNaturalSpaces() {
        List<Line> lines = LineSetter.set(inline.words("one two three four five six seven eight nine ten", List.of(),
                TextStyle.SERIF, 10), 80, 0, LineSetter.Align.LEFT, fonts);
        float space = fonts.advance(FontSet.Face.SERIF, ' ') * 10;
        for (Line l : lines) {
            for (int i = 1; i < l.pieces().size(); i++) {
                Line.Piece prev = l.pieces().get(i - 1);
                assertThat(l.pieces().get(i).x() - prev.x() - prev.fragment().width()).isCloseTo(space,
                        offset(0.01f));
            }
        }
    }

    @Test
    void anOverlongUrlIsCutAfterSlashesToFitTheLine() {
        String url = "https://books.google.com/books?id=abcdefghijklmnop&pg=PA60&dq=stalin+kuromiya+routledge+2013&hl=en&sa=X";
        List<Line> lines = LineSetter.set(inline.words("See " + url + " for more.", List.of(), TextStyle.SERIF, 10),
                150, 0, LineSetter.Align.LEFT, fonts);
        StringBuilder joined = new StringBuilder();
        for (Line l : lines) {
            assertThat(l.width()).isLessThanOrEqualTo(150.01f);
            joined.append(text(l));
        }
        assertThat(joined.toString().replace(" ", "")).isEqualTo(("See" + url + "formore."));
        assertThat(lines.get(1).pieces().get(0).text()).startsWith("https://");
    }

    @Test
    void noteMarkersAreSuperscriptAndAdjacentOnesAreSeparated() {
        List<Word> words = inline.words("Lenin died.", List.of(new Span(SpanKind.NOTEREF, 11, 11, "1"), new Span(SpanKind.NOTEREF, 11, 11, "2")),
                TextStyle.SERIF, 10);
        List<Fragment> last = words.get(words.size() - 1).fragments();
        assertThat(last.get(0).text()).isEqualTo("died.");
        assertThat(last.subList(1, last.size())).extracting(Fragment::text).containsExactly("1,2");
        assertThat(last.get(1).rise()).isPositive();
        assertThat(last.get(1).size()).isLessThan(10);
    }

    @Test
    void superscriptsAndSubscriptsAreSmallerAndOffTheBaselineAndSmallCapsAreSmallCapitals() {
        String text = "1015 H2O ad";
        List<Word> words = inline.words(text, List.of(new Span(SpanKind.SUPERSCRIPT, 2, 4, null),
                new Span(SpanKind.SUBSCRIPT, 6, 7, null), new Span(SpanKind.SMALL_CAPS, 9, 11, null)), TextStyle.SERIF, 10);
        List<Fragment> power = words.get(0).fragments();
        assertThat(power).extracting(Fragment::text).containsExactly("10", "15");
        assertThat(power.get(1).rise()).isCloseTo(3.3f, offset(0.01f));
        assertThat(power.get(1).size()).isCloseTo(7f, offset(0.01f));
        List<Fragment> water = words.get(1).fragments();
        assertThat(water).extracting(Fragment::text).containsExactly("H", "2", "O");
        assertThat(water.get(1).rise()).isNegative();
        assertThat(water.get(1).size()).isLessThan(10);
        Fragment era = words.get(2).fragments().get(0);
        assertThat(era.text()).isEqualTo("AD");
        assertThat(era.actualText()).isEqualTo("ad");
        assertThat(era.size()).isCloseTo(8f, offset(0.01f));
    }
}
