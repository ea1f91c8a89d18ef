package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcronymsTest {

    @Test
    void bundledListReadsTheWellKnownWordAcronyms() {
        withHome(null, () -> {
            Acronyms a = Acronyms.defaults();
            assertThat(a.speak("NATO, UNESCO, NASA, UNICEF, AIDS, OPEC, FIFA, LASER, RADAR, SCUBA, COVID, ASEAN, NAFTA"))
                    .isEqualTo("Nato, Unesco, Nasa, Unicef, Aids, Opec, Fifa, Laser, Radar, Scuba, Covid, Asean, Nafta");
            assertThat(a.speak("USSR NKVD OGPU KMT")).isEqualTo("U S S R N K V D O G P U K M T");
        });
    }

    @Test
    void theEditableCopyInTheLectorFolderWins(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("voices"));
        Files.writeString(home.resolve(Acronyms.VOICES_FILE), "# only this one\nNKVD  # not really, but for the test\n");
        withHome(home.toString(), () -> {
            Acronyms a = Acronyms.defaults();
            assertThat(a.speak("NKVD and NATO")).isEqualTo("Nkvd and N A T O");
        });
    }

    @Test
    void withFileAddsAUsersList(@TempDir Path dir) throws IOException {
        Path mine = Files.writeString(dir.resolve("mine.txt"), "kmt\n\n# comment\n");
        Acronyms a = Acronyms.of("NATO").withFile(mine);
        assertThat(a.speak("KMT and NATO")).isEqualTo("Kmt and Nato");
        assertThat(a.words()).containsExactly("KMT", "NATO");
    }

    @Test
    void shippedFileAndBundledCopyAgree() throws IOException {
        Path shipped = Paths.get("voices", "acronyms.txt");
        Path bundled = Paths.get("src", "main", "resources", "org", "lector", "speech", "acronyms.txt");
        assertThat(Files.readString(bundled)).isEqualTo(Files.readString(shipped));
    }

    private static void withHome(String home, Runnable r) {
        String old = System.getProperty("lector.home");
        try {
            if (home == null) {
                System.clearProperty("lector.home");
            } else {
                System.setProperty("lector.home", home);
            }
            r.run();
        } finally {
            if (old == null) {
                System.clearProperty("lector.home");
            } else {
                System.setProperty("lector.home", old);
            }
        }
    }
}
