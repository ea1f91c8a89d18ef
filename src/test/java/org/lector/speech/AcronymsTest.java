package org.lector.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.config.LectorHome;

class AcronymsTest {
    @Test
    void bundledListReadsTheWellKnownWordAcronyms(@TempDir Path emptyHome) {
        // a Lector folder without voices/acronyms.txt: the copy bundled with the classes
        Acronyms a = Acronyms.defaults(LectorHome.of(emptyHome));
        assertThat(a.speak("NATO, UNESCO, NASA, UNICEF, AIDS, OPEC, FIFA, LASER, RADAR, SCUBA, COVID, ASEAN, NAFTA"))
                .isEqualTo("Nato, Unesco, Nasa, Unicef, Aids, Opec, Fifa, Laser, Radar, Scuba, Covid, Asean, Nafta");
        assertThat(a.speak("USSR NKVD OGPU KMT")).isEqualTo("U S S R N K V D O G P U K M T");
    }

    @Test
    void theEditableCopyInTheLectorFolderWins(@TempDir Path home) throws IOException {
        LectorHome lector = LectorHome.of(home);
        Files.createDirectories(lector.voices());
        Files.writeString(lector.voices().resolve(Acronyms.VOICES_FILE), "# only this one\nNKVD  # not really, but for the test\n");
        Acronyms a = Acronyms.defaults(lector);
        assertThat(a.speak("NKVD and NATO")).isEqualTo("Nkvd and N A T O");
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
}
