package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.daisy.braille.utils.pef.PEFValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.braille.AsciiBraille;
import org.lector.braille.BrailleOptions;
import org.lector.braille.TestScripts;
import org.lector.config.LectorHome;
import org.lector.script.Prose;
import org.lector.script.ScriptBlock;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/** Bad input the braille writer must survive, degrading visibly; and what it writes for print's levels. */
class BrailleBackendTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    @TempDir
    Path dir;

    @Test
    void anEmptyArticleIsOneNumberedPage() throws Exception {
        BackendReport report = new BrailleBackend(BrailleOptions.defaults(HOME))
                .write(new BackendInput(TestScripts.script("", List.of()), "empty"), dir);
        String brf = Files.readString(dir.resolve("empty.brf"), StandardCharsets.US_ASCII);
        assertThat(brf.split("\f")).hasSize(1);
        assertThat(brf).contains("#A\r\n\f");
        assertThat(report.summary()).startsWith("1 braille pages");
    }

    @Test
    void aHugeTableWithAnUnbreakableWordIsWrittenAndTheCutReported() throws Exception {
        List<ScriptBlock.Row> rows = new ArrayList<>();
        for (int r = 1; r <= 3000; r++) {
            String id = "t1.r" + r;
            rows.add(TestScripts.row(id, r, false,
                    TestScripts.cell(id + ".c1", "Row " + r, 1, false, ""),
                    TestScripts.cell(id + ".c2", r == 7 ? "x".repeat(500) + " ابن" : "value " + r, 2, false, "Value")));
        }
        ScriptBlock.Table table = new ScriptBlock.Table("t1", Prose.EMPTY, 3000, 2, rows);
        BackendReport report = new BrailleBackend(BrailleOptions.defaults(HOME))
                .write(new BackendInput(TestScripts.lead("Big", List.of(table)), "big"), dir);
        String brf = Files.readString(dir.resolve("big.brf"), StandardCharsets.US_ASCII);
        assertThat(brf.split("[\r\n\f]+")).allMatch(line -> line.length() <= 40);
        assertThat(report.warnings()).anyMatch(w -> w.contains("cut across lines"));
        assertThat(report.warnings()).anyMatch(w -> w.contains("[Arabic]"));
    }

    @Test
    void superscriptsAndSubscriptsReachTheBrfWithTheirLevelIndicatorsAndThePefValidates() throws Exception {
        // 10^15, H2O, km², ¹⁶O (the mass number raised before the symbol)
        Prose text = TestScripts.prose("1015 H2O km2 16O",
                new Span(SpanKind.SUPERSCRIPT, 2, 4, null), new Span(SpanKind.SUBSCRIPT, 6, 7, null),
                new Span(SpanKind.SUPERSCRIPT, 11, 12, null), new Span(SpanKind.SUPERSCRIPT, 13, 15, null));
        BackendReport report = new BrailleBackend(BrailleOptions.defaults(HOME))
                .write(new BackendInput(TestScripts.lead("Levels", List.of(new ScriptBlock.Paragraph("s0.p1", text))), "levels"), dir);
        String brf = Files.readString(dir.resolve("levels.brf"), StandardCharsets.US_ASCII);
        assertThat(brf).contains(AsciiBraille.of("⠼⠁⠚⠔⠼⠁⠑⠀⠠⠓⠰⠢⠼⠃⠠⠕⠀⠅⠍⠰⠔⠼⠃⠀⠰⠔⠼⠁⠋⠠⠕"));
        assertThat(Files.readString(dir.resolve("levels.braille.txt"))).contains("⠼⠁⠚⠔⠼⠁⠑⠀⠠⠓⠰⠢⠼⠃⠠⠕");
        assertThat(report.warnings()).isEmpty();

        PEFValidator validator = new PEFValidator();
        boolean valid = validator.validate(dir.resolve("levels.pef").toUri().toURL());
        assertThat(valid).as(new String(validator.getReportStream().readAllBytes(), StandardCharsets.UTF_8)).isTrue();
        assertThat(Files.readString(dir.resolve("levels.pef"))).contains("⠼⠁⠚⠔⠼⠁⠑");
    }
}
