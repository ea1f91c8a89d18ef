package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The braille options and the tables command as a user meets them. */
class BrailleCommandLineTest {
    private static final Path EXAMPLE = Path.of("examples/louis-braille.wiki");

    @TempDir
    Path tmp;

    @Test
    void tablesListsTheProjectTablesAndLiblouisTables() {
        Run r = Run.run("tables");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("lector-additions.cti", "en-ueb-g2.ctb", "en-ueb-g1.ctb", "de-g2.ctb");
    }

    @Test
    void convertToBrailleWritesBrfPefAndProofText() throws Exception {
        Run r = Run.run("convert", EXAMPLE.toString(), "--to", "braille", "--out", tmp.toString(), "--cells", "32", "--lines", "20",
                "--braille-grade", "1");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        Path dir = tmp.resolve("louis-braille");
        assertThat(dir.resolve("louis-braille.brf")).isRegularFile();
        assertThat(dir.resolve("louis-braille.pef")).isRegularFile();
        assertThat(dir.resolve("louis-braille.braille.txt")).isRegularFile();
        String brf = Files.readString(dir.resolve("louis-braille.brf"), StandardCharsets.US_ASCII);
        for (String page : brf.split("\f")) {
            assertThat(page.split("\r\n").length).isLessThanOrEqualTo(20);
        }
        assertThat(brf.split("[\r\n\f]+")).allMatch(line -> line.length() <= 32);
        // grade 1 spells "the" out: ",LOUIS ,BRAILLE" title, and THE as T-H-E somewhere in the text
        assertThat(brf).contains(",LOUIS ,BRAILLE").contains(" THE ");
        assertThat(r.out()).contains("en-ueb-g1.ctb,lector-additions.cti");
    }

    @Test
    void badBrailleOptionsAreUsageErrors() {
        Run grade = Run.run("convert", EXAMPLE.toString(), "--to", "braille", "--out", tmp.toString(), "--braille-grade", "3");
        assertThat(grade.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(grade.err()).startsWith("lector: ").contains("grade");
        Run table = Run.run("convert", EXAMPLE.toString(), "--to", "braille", "--out", tmp.toString(), "--braille-table", "no-such.ctb");
        assertThat(table.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(table.err()).contains("no-such.ctb");
        assertThat(Run.run("convert", EXAMPLE.toString(), "--to", "braille", "--cells", "5").code()).isEqualTo(ExitCodes.USAGE);
    }
}
