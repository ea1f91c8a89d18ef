package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.braille.BrailleOptions;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;

/** Bad input the braille writer must survive, degrading visibly. */
class BrailleBackendTest {
    @TempDir
    Path dir;

    private static ScriptItem item(String id, Role role, String text, Map<String, String> attrs) {
        return new ScriptItem(id, role, 0, text, List.of(), List.of(), null, null, attrs);
    }

    @Test
    void anEmptyArticleIsOneNumberedPage() throws Exception {
        BackendReport report = new BrailleBackend(BrailleOptions.defaults()).write(new ReadingScript("", "en", List.of(), List.of()), "empty", dir);
        String brf = Files.readString(dir.resolve("empty.brf"), StandardCharsets.US_ASCII);
        assertThat(brf.split("\f")).hasSize(1);
        assertThat(brf).contains("#A\r\n\f");
        assertThat(report.summary()).startsWith("1 braille pages");
    }

    @Test
    void aHugeTableWithAnUnbreakableWordIsWrittenAndTheCutReported() throws Exception {
        List<ScriptItem> items = new ArrayList<>();
        items.add(item("t", Role.TITLE, "Big", Map.of()));
        items.add(item("t1", Role.TABLE, "", Map.of("rows", "3000", "columns", "2")));
        for (int r = 1; r <= 3000; r++) {
            items.add(item("t1.r" + r, Role.ROW, "", Map.of("index", Integer.toString(r), "header", "false")));
            items.add(item("t1.r" + r + ".c1", Role.CELL, "Row " + r, Map.of("column", "1")));
            items.add(item("t1.r" + r + ".c2", Role.CELL, r == 7 ? "x".repeat(500) + " ابن" : "value " + r,
                    Map.of("column", "2", "columnHeader", "Value")));
        }
        BackendReport report = new BrailleBackend(BrailleOptions.defaults()).write(new ReadingScript("Big", "en", items, List.of()), "big", dir);
        String brf = Files.readString(dir.resolve("big.brf"), StandardCharsets.US_ASCII);
        assertThat(brf.split("[\r\n\f]+")).allMatch(line -> line.length() <= 40);
        assertThat(report.warnings()).anyMatch(w -> w.contains("cut across lines"));
        assertThat(report.warnings()).anyMatch(w -> w.contains("[Arabic]"));
    }
}
