package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.daisy.braille.utils.pef.PEFValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.config.LectorHome;
import org.lector.pipeline.ArticleConverter;
import org.lector.pipeline.BrailleBackend;
import org.lector.pipeline.BackendInput;
import org.lector.pipeline.BackendReport;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The braille backend over the seed and every English article and export page of the corpus,
 * each converted once (as {@code lector convert --to braille} does) into BRF, PEF and proof text;
 * the tests read the files back and check BANA page limits, page numbers, the BRF character set,
 * the PEF against the DAISY PEF validator, and that PEF and BRF hold the same pages.
 */
class BrailleCorpusTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static final int CELLS = 40;
    private static final int LINES = 25;

    @TempDir
    static Path out;

    /** Per article: the BRF as pages of lines, the PEF file, the backend's report. */
    record Converted(List<List<String>> brfPages, Path pef, BackendReport report) {
    }

    private static final Map<String, Converted> ARTICLES = new LinkedHashMap<>();

    @BeforeAll
    static void convertAll() throws IOException {
        ArticleConverter converter = new ArticleConverter();
        BrailleBackend backend = new BrailleBackend(BrailleOptions.defaults(HOME));
        int n = 0;
        for (Path file : Corpus.files("")) {
            try (ArticleStream in = ArticleReader.open(file)) {
                while (in.hasNext()) {
                    ReadingScript script = converter.toScript(in.next());
                    if (!script.language().equals("en")) {
                        continue;
                    }
                    Path dir = Files.createDirectories(out.resolve("a" + (++n)));
                    BackendReport report = backend.write(new BackendInput(script, "a"), dir);
                    String brf = Files.readString(dir.resolve("a.brf"), StandardCharsets.ISO_8859_1);
                    ARTICLES.put(file.getFileName() + " / " + script.title(), new Converted(pages(brf), dir.resolve("a.pef"), report));
                }
            }
        }
    }

    /** BRF text split at form feeds into pages and at CR LF into lines. */
    private static List<List<String>> pages(String brf) {
        assertThat(brf).endsWith("\r\n\f");
        List<List<String>> pages = new ArrayList<>();
        for (String page : brf.substring(0, brf.length() - 1).split("\f", -1)) {
            assertThat(page).endsWith("\r\n");
            pages.add(List.of(page.substring(0, page.length() - 2).split("\r\n", -1)));
        }
        return pages;
    }

    @Test
    void theSeedAndEveryEnglishArticleAndExportPageAreConverted() {
        // 9 English .wiki files (the seed included; German and Malayalam left out), 1 page of apollo-11.xml, 5 of enwiki-table-markup.xml
        assertThat(ARTICLES).hasSize(15);
        assertThat(ARTICLES.keySet()).anyMatch(k -> k.startsWith(Corpus.SEED));
        ARTICLES.forEach((name, a) -> assertThat(a.brfPages()).as(name).isNotEmpty());
    }

    @Test
    void everyLineFitsFortyCellsAndEveryPageTwentyFiveLines() {
        ARTICLES.forEach((name, a) -> {
            for (int p = 0; p < a.brfPages().size(); p++) {
                List<String> page = a.brfPages().get(p);
                assertThat(page).as("%s page %d", name, p + 1).hasSizeLessThanOrEqualTo(LINES);
                for (String line : page) {
                    assertThat(line.length()).as("%s page %d: %s", name, p + 1, line).isLessThanOrEqualTo(CELLS);
                    assertThat(line).as("trailing spaces are trimmed").doesNotEndWith(" ");
                }
            }
        });
    }

    @Test
    void onlyAsciiBrailleCharactersLineEndsAndFormFeeds() throws IOException {
        for (Converted a : ARTICLES.values()) {
            byte[] bytes = Files.readAllBytes(a.pef().resolveSibling("a.brf"));
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xFF;
                boolean ok = (b >= 0x20 && b <= 0x5F) || b == '\f'
                        || (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n')
                        || (b == '\n' && i > 0 && bytes[i - 1] == '\r');
                assertThat(ok).as("byte 0x%02X at %d", b, i).isTrue();
            }
        }
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:^| {3,})#([A-J]+)$");

    @Test
    void everyPageEndsWithItsBraillePageNumberAfterThreeBlankCells() {
        ARTICLES.forEach((name, a) -> {
            for (int p = 0; p < a.brfPages().size(); p++) {
                List<String> page = a.brfPages().get(p);
                assertThat(page).as("%s page %d: every line, blank ones too", name, p + 1).hasSize(LINES);
                String last = page.get(LINES - 1);
                Matcher m = PAGE_NUMBER.matcher(last);
                assertThat(m.find()).as("%s page %d ends with a page number: %s", name, p + 1, last).isTrue();
                assertThat(last).as("at the right margin").hasSize(CELLS);
                // braille digits are the letters a-j after the number sign: a=1 … i=9, j=0
                StringBuilder digits = new StringBuilder();
                for (char c : m.group(1).toCharArray()) {
                    digits.append(c == 'J' ? '0' : (char) ('1' + (c - 'A')));
                }
                assertThat(Integer.parseInt(digits.toString())).as("%s page %d", name, p + 1).isEqualTo(p + 1);
            }
        });
    }

    @Test
    void everyPefValidatesAndHoldsTheSamePagesAsTheBrf() throws Exception {
        for (var e : ARTICLES.entrySet()) {
            PEFValidator validator = new PEFValidator();
            boolean valid = validator.validate(e.getValue().pef().toUri().toURL());
            String report = new String(validator.getReportStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(valid).as("%s: %s", e.getKey(), report).isTrue();

            NodeList pages = DocumentBuilderFactory.newDefaultNSInstance().newDocumentBuilder()
                    .parse(e.getValue().pef().toFile()).getElementsByTagNameNS("http://www.daisy.org/ns/2008/pef", "page");
            List<List<String>> brf = e.getValue().brfPages();
            assertThat(pages.getLength()).as(e.getKey()).isEqualTo(brf.size());
            for (int p = 0; p < pages.getLength(); p++) {
                NodeList rows = ((Element) pages.item(p)).getElementsByTagNameNS("http://www.daisy.org/ns/2008/pef", "row");
                List<String> asAscii = new ArrayList<>();
                for (int r = 0; r < rows.getLength(); r++) {
                    asAscii.add(AsciiBraille.of(rows.item(r).getTextContent()).stripTrailing());
                }
                assertThat(asAscii).as("%s page %d", e.getKey(), p + 1).isEqualTo(brf.get(p));
            }
        }
    }

    @Test
    void charactersNoTableDefinesAreReportedNotDropped() {
        // jesus.wiki quotes Hebrew, Syriac and Coptic; the braille says so, and the report warns
        Converted jesus = ARTICLES.entrySet().stream().filter(e -> e.getKey().startsWith("jesus.wiki")).findFirst().orElseThrow().getValue();
        assertThat(jesus.report().warnings()).anyMatch(w -> w.contains("[Hebrew]"));
        String all = String.join("\n", jesus.brfPages().stream().flatMap(List::stream).toList());
        assertThat(all).contains(AsciiBraille.of(BrailleTranslator.open(BrailleOptions.defaults(HOME))
                .translate(PrintText.plain("[Hebrew]"))));
    }
}
