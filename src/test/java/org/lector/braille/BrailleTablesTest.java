package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.config.LectorHome;

/**
 * Table lists are checked before liblouis sees them: liblouis itself dies (SIGSEGV inside
 * lou_getTable) on an empty list and reads a device such as /dev/zero forever. Each name must be a
 * table liblouis or Lector has, or a regular table file of a plausible size.
 */
class BrailleTablesTest {
    private static final Path TABLES = LectorHome.fromSystemProperty().tables();

    @TempDir
    Path tmp;

    @Test
    void anEmptyNameIsRefusedWithTheList() {
        assertRefused(",,,", "the braille table list ',,,' has an empty name");
        assertRefused("en-ueb-g2.ctb,", "has an empty name");
        assertRefused("en-ueb-g2.ctb, ,lector-additions.cti", "has an empty name");
    }

    @Test
    void aDeviceOrAFolderIsNotATable() {
        assertRefused("/dev/zero", "'/dev/zero' is not a regular file");
        assertRefused("en-ueb-g2.ctb," + tmp, "is not a regular file");
    }

    @Test
    void aFileLargerThanAnyTableIsRefused() throws IOException {
        Path big = tmp.resolve("big.ctb");
        Files.write(big, new byte[(int) BrailleTables.MAX_FILE_BYTES + 1]);
        assertRefused(big.toString(), "is larger than 4 MB");
    }

    @Test
    void anUnknownNameIsNamedWithWhereToLook() {
        assertRefused("en-ueb-g2.ctb,no-such-table.ctb", "unknown braille table 'no-such-table.ctb'");
        assertRefused("../../../etc/no-such", "unknown braille table");
    }

    @Test
    void liblouisTablesTheProjectsAndFilesAreAccepted() throws IOException {
        // an include file of liblouis's is a name liblouis resolves too, though 'lector tables' does not list it
        assertThat(BrailleTables.resolve("en-ueb-g1.ctb,en-ueb-chardefs.uti", TABLES)).isEqualTo("en-ueb-g1.ctb,en-ueb-chardefs.uti");
        assertThat(BrailleTables.resolve(BrailleTables.ADDITIONS, TABLES))
                .isEqualTo(TABLES.resolve(BrailleTables.ADDITIONS).toAbsolutePath().normalize().toString());
        Path own = Files.copy(TABLES.resolve(BrailleTables.ADDITIONS), tmp.resolve("mine.cti"));
        BrailleTranslator t = BrailleTranslator.open("en-ueb-g1.ctb," + own, TABLES);
        assertThat(t.translate(PrintText.plain("Hawaiʻi"))).isEqualTo("⠠⠓⠁⠺⠁⠊⠄⠊"); // ʻokina from the copied table
    }

    private static void assertRefused(String list, String message) {
        assertThatThrownBy(() -> BrailleTranslator.open(list, TABLES))
                .isInstanceOf(BrailleException.class)
                .hasMessageContaining(message)
                .hasMessageContaining("lector tables")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
