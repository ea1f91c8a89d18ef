package org.lector.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * Text of a PDF as PDFBox's PDFTextStripper extracts it (in content order), without the running
 * heads and page numbers in the margins, and the printed text each script block should show, both
 * normalised for comparison: no whitespace (line breaks fall anywhere), no characters that no
 * DejaVu font can show (they are printed as replacement marks), no right-to-left letters (the
 * extractor reorders them).
 */
public final class PdfText {
    private static final List<CmapLookup> FONTS = new ArrayList<>();

    static {
        for (String f : List.of("DejaVuSerif.ttf", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")) {
            try (InputStream in = PdfText.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + f)) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
                FONTS.add(ttf.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private PdfText() {
    }

    /** The body text of every page, in content-stream order (ActualText, where given, replaces what is drawn). */
    public static String body(byte[] pdf) {
        return extract(pdf, true);
    }

    /** The glyphs as drawn, ActualText ignored: what a sighted reader sees. */
    public static String drawn(byte[] pdf) {
        return extract(pdf, false);
    }

    private static String extract(byte[] pdf, boolean actualText) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    float baseline = text.getPageHeight() - text.getYDirAdj();
                    // running heads sit above the text block, page numbers below it
                    if (baseline > 60 && baseline < text.getPageHeight() - 62) {
                        super.processTextPosition(text);
                    }
                }

                @Override
                public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
                    COSDictionary props = properties;
                    if (!actualText && properties != null) {
                        props = new COSDictionary(properties);
                        props.removeItem(COSName.ACTUAL_TEXT);
                    }
                    super.beginMarkedContentSequence(tag, props);
                }
            };
            stripper.setSortByPosition(false);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A piece of printed text and the id of the block (or part) that prints it. */
    public record Printed(String id, String text) {
    }

    /** What a block should print, piece by piece in reading order, as the PDF sets it. */
    public static List<Printed> printed(ScriptBlock block) {
        return block.accept(new ScriptBlock.Visitor<List<Printed>>() {
            public List<Printed> heading(ScriptBlock.Heading h) {
                return List.of(new Printed(h.id(), marked(h.text(), true)));
            }

            public List<Printed> paragraph(ScriptBlock.Paragraph p) {
                return List.of(new Printed(p.id(), marked(p.text(), true)));
            }

            public List<Printed> quote(ScriptBlock.Quote q) {
                List<Printed> out = new ArrayList<>(List.of(new Printed(q.id(), marked(q.text(), true))));
                if (!q.source().text().isBlank()) {
                    out.add(new Printed(q.id() + ".source", "\u2014 " + marked(q.source(), true)));
                }
                return out;
            }

            public List<Printed> figure(ScriptBlock.Figure f) {
                return List.of(new Printed(f.id(), marked(f.text(), true)));
            }

            public List<Printed> figureGroup(ScriptBlock.FigureGroup g) {
                List<Printed> out = new ArrayList<>(List.of(new Printed(g.id(), marked(g.text(), true))));
                g.figures().forEach(f -> out.addAll(figure(f)));
                return out;
            }

            public List<Printed> list(ScriptBlock.ListBlock l) {
                return l.items().stream().map(i -> new Printed(i.id(), marked(i.text(), true))).toList();
            }

            public List<Printed> table(ScriptBlock.Table t) {
                List<Printed> out = new ArrayList<>(List.of(new Printed(t.id(), marked(t.text(), true))));
                t.rows().forEach(r -> r.cells().forEach(c -> out.add(new Printed(c.id(), marked(c.text(), true)))));
                return out;
            }

            public List<Printed> hatnote(ScriptBlock.Hatnote h) {
                return List.of(new Printed(h.id(), marked(h.text(), true)));
            }

            public List<Printed> infobox(ScriptBlock.Infobox i) {
                List<Printed> out = new ArrayList<>(List.of(new Printed(i.id(),
                        i.text().text().isBlank() ? "Infobox" : "Infobox: " + marked(i.text(), true))));
                for (ScriptBlock.InfoboxEntry e : i.entries()) {
                    out.add(new Printed(e.id(), e.label() + marked(e.text(), true)));
                }
                return out;
            }

            public List<Printed> formula(ScriptBlock.Formula f) {
                return List.of(new Printed(f.id(), marked(f.text(), true)));
            }

            public List<Printed> note(ScriptBlock.Note n) {
                return List.of(new Printed(n.id(), n.label() + "." + marked(n.text(), false)));
            }
        });
    }

    /**
     * A text with its note markers ("1924.12,13") where the references stand, and, unless
     * {@code everyNote} is false (a note's own text), a marker at the end for each note it cites
     * without a reference.
     */
    static String marked(Prose prose, boolean everyNote) {
        String text = prose.text();
        List<Span> spans = new ArrayList<>(prose.spans());
        if (everyNote) {
            for (var note : prose.notes()) {
                if (spans.stream().noneMatch(s -> s.kind() == SpanKind.NOTEREF && s.value().equals(note.label()))) {
                    spans.add(new Span(SpanKind.NOTEREF, text.length(), text.length(), note.label()));
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        int lastMarker = -1;
        for (Span s : spans) {
            if (s.kind() != SpanKind.NOTEREF) {
                continue;
            }
            int at = Math.max(from, Math.min(text.length(), s.start()));
            sb.append(text, from, at);
            if (at == lastMarker) {
                sb.append(',');
            }
            sb.append(s.value());
            from = at;
            lastMarker = at;
        }
        return sb.append(text.substring(from)).toString();
    }

    public static String normalise(String s) {
        StringBuilder sb = new StringBuilder();
        Normalizer.normalize(s, Normalizer.Form.NFKC).codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            boolean drawable = FONTS.stream().anyMatch(f -> f.getGlyphId(cp) > 0);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT
                    && type != Character.CONTROL && drawable && cp != 0xFFFD
                    && !rightToLeft(cp)
                    && type != Character.NON_SPACING_MARK) {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }

    /**
     * Blocks (and parts) whose printed text is not found after the previous one's, in order:
     * "id: «start of text»". Texts with right-to-left letters are compared by their letters and digits only, since
     * the extractor moves the punctuation around right-to-left runs.
     */
    public static List<String> missingInOrder(ReadingScript script, String extracted) {
        String text = normalise(extracted);
        StringBuilder letters = new StringBuilder();
        List<Integer> positions = new ArrayList<>(); // index in text of each char of letters
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                letters.append(text.charAt(i));
                positions.add(i);
            }
        }
        List<String> missing = new ArrayList<>();
        int cursor = 0;
        for (Printed piece : script.blocks().stream().flatMap(b -> printed(b).stream()).toList()) {
            String printed = piece.text();
            String want = normalise(printed);
            if (want.isEmpty()) {
                continue;
            }
            int end = -1;
            if (printed.codePoints().anyMatch(PdfText::rightToLeft)) {
                // lines with right-to-left runs come out of the extractor reordered by its own bidi
                // pass, so each left-to-right word is looked for after the cursor, in any order
                int from = firstAtOrAfter(positions, cursor);
                boolean all = true;
                for (String word : printed.split("\\s+")) {
                    String loose = lettersAndDigits(normalise(word));
                    all &= loose.isEmpty() || letters.indexOf(loose, from) >= 0;
                }
                end = all ? cursor : -1;
            } else {
                int at = text.indexOf(want, cursor);
                end = at < 0 ? -1 : at + want.length();
            }
            if (end < 0) {
                missing.add(piece.id() + ": «" + (printed.length() > 80 ? printed.substring(0, 80) + "…" : printed) + "»");
            } else {
                cursor = end;
            }
        }
        return missing;
    }

    private static boolean rightToLeft(int cp) {
        byte dir = Character.getDirectionality(cp);
        return dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT || dir == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    private static int firstAtOrAfter(List<Integer> positions, int index) {
        int i = Collections.binarySearch(positions, index);
        return i >= 0 ? i : -i - 1;
    }

    /** Counts of each value, for assertion messages. */
    public static String summary(Map<String, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append("\n  ").append(v).append(" × ").append(k));
        return sb.toString();
    }
}
