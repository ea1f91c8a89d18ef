package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lector.cli.Run.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: outputs, messages and exit codes. */
class MainTest {
    private static final Path EXAMPLE = Path.of("examples/louis-braille.wiki");

    @TempDir
    Path tmp;

    @Test
    void scriptPrintsTheReadableScript() {
        Run r = run("script", EXAMPLE.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).startsWith("Louis Braille\n=============")
                .contains("## Early life", "(Main article: Coupvray)", "[Image: The house in Coupvray where Braille was born, now a museum]",
                        "> Access to communication", "[2] Mellor 2006, pp. 37–41; Kugelmass 1951, p. 54.");
    }

    @Test
    void scriptJsonPrintsAHeaderThenChaptersSectionsAndBlocks() throws Exception {
        Run r = run("script", "--json", EXAMPLE.toString());
        ObjectMapper json = new ObjectMapper();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSizeGreaterThan(20);
        assertThat(json.readTree(lines.get(0)).get("type").asText()).isEqualTo("script");
        assertThat(json.readTree(lines.get(0)).get("version").asInt()).isEqualTo(2);
        for (String line : lines.subList(1, lines.size())) {
            JsonNode node = json.readTree(line);
            assertThat(node.get("type").asText()).isNotEmpty();
            if (!node.get("type").asText().equals("chapter")) {
                assertThat(node.get("id").asText()).isNotEmpty();
            }
        }
    }

    @Test
    void citationDetailDecidesHowMuchOfASourceIsSpoken() {
        Run brief = run("script", "--speech", EXAMPLE.toString());
        assertThat(brief.code()).isEqualTo(ExitCodes.OK);
        assertThat(brief.out()).contains("Note three: C. Michael Mellor, Louis Braille: A Touch of Genius, two thousand"
                + " and six, page eighteen.");
        Run full = run("script", "--speech", "--citation-detail", "full", EXAMPLE.toString());
        assertThat(full.out()).contains("Note three: C. Michael Mellor, Louis Braille: A Touch of Genius, Boston,"
                + " National Braille Press, two thousand and six, page eighteen.");
        Run bogus = run("script", "--speech", "--citation-detail", "bogus", EXAMPLE.toString());
        assertThat(bogus.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bogus.err()).contains("unknown value 'bogus' for --citation-detail (short, full)");
    }

    @Test
    void scriptSchemaPrintsTheShippedJsonSchema() throws Exception {
        Run r = run("script", "--schema");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        JsonNode schema = new ObjectMapper().readTree(r.out());
        assertThat(schema.get("$schema").asText()).contains("2020-12");
    }

    @Test
    void aStoredScriptIsConvertedAsTheArticleWas() throws Exception {
        Path first = tmp.resolve("first");
        assertThat(run("convert", EXAMPLE.toString(), "--to", "script,pdf,braille,audio", "--out", first.toString()).code())
                .isEqualTo(ExitCodes.OK);
        Path stored = first.resolve("louis-braille").resolve("script.jsonl");
        Path second = tmp.resolve("second");
        Run r = run("convert", stored.toString(), "--to", "script,pdf,braille,audio", "--out", second.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        List<String> names = new ArrayList<>(List.of("script.jsonl", "louis-braille.pdf", "louis-braille.brf", "louis-braille.pef"));
        try (var audio = Files.list(first.resolve("louis-braille").resolve("audio"))) {
            audio.forEach(f -> names.add("audio/" + f.getFileName()));
        }
        assertThat(names).anyMatch(n -> n.endsWith(".mp3")).anyMatch(n -> n.endsWith(".vtt")).contains("audio/chapters.json");
        for (String name : names) {
            assertThat(second.resolve("louis-braille").resolve(name)).as(name)
                    .hasSameBinaryContentAs(first.resolve("louis-braille").resolve(name));
        }
    }

    @Test
    void aBrokenStoredScriptIsRefusedWithTheLineThatIsWrong() throws Exception {
        Path broken = tmp.resolve("script.jsonl");
        Files.writeString(broken, "{\"type\":\"script\",\"version\":2,\"title\":\"A\",\"language\":\"en\"}\n"
                + "{\"type\":\"paragrph\"}\n");
        Run r = run("convert", broken.toString(), "--to", "pdf", "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_INVALID);
        assertThat(r.err().strip()).startsWith("lector:").contains("line 2").doesNotContain("Exception");
    }

    @Test
    void convertWritesScriptFilesIntoTheArticleFolder() throws Exception {
        Run r = run("convert", EXAMPLE.toString(), "--to", "script", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        Path dir = tmp.resolve("louis-braille");
        assertThat(dir.resolve("script.txt")).exists();
        assertThat(Files.readAllLines(dir.resolve("script.jsonl"))).first().asString().contains("\"type\":\"script\"");
        assertThat(r.out()).contains("Louis Braille → " + dir);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".lector-partial"));
        }
    }

    @Test
    void standardInputIsReadWithDash() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("Some ''text'' here.".getBytes(StandardCharsets.UTF_8)));
            Run r = run("script", "-");
            assertThat(r.code()).isEqualTo(ExitCodes.OK);
            assertThat(r.out()).contains("Some text here.");
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void missingInputIsOneLineAndExitCode3() {
        Run r = run("convert", tmp.resolve("nope.wiki").toString(), "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_UNREADABLE);
        assertOneLine(r.err());
    }

    @Test
    void binaryInputIsRefusedWithExitCode4() throws Exception {
        Path png = tmp.resolve("image.wiki");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13});
        Run r = run("script", png.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_INVALID);
        assertOneLine(r.err());
        assertThat(r.err()).contains("binary");
    }

    @Test
    void usageErrorsExitWith2() {
        assertThat(run("convert", EXAMPLE.toString(), "--bogus").code()).isEqualTo(ExitCodes.USAGE);
        Run unknownFormat = run("convert", EXAMPLE.toString(), "--to", "hologram", "--out", tmp.toString());
        assertThat(unknownFormat.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknownFormat.err()).contains("unknown output 'hologram'");
        assertThat(run("convert").code()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void hatnotesAndBackMatterChoicesAreNamedWhenWrong() {
        Run hatnotes = run("script", "--hatnotes", "some", EXAMPLE.toString());
        assertThat(hatnotes.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(hatnotes.err()).contains("unknown value 'some' for --hatnotes (main, all, none)");
        Run backMatter = run("convert", EXAMPLE.toString(), "--back-matter", "short", "--out", tmp.toString());
        assertThat(backMatter.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(backMatter.err()).contains("unknown value 'short' for --back-matter (read, brief, skip)");
        Run skipped = run("script", "--speech", "--back-matter", "skip", "--hatnotes", "ALL", EXAMPLE.toString());
        assertThat(skipped.code()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void unwritableOutputExitsWith5() throws Exception {
        Path file = tmp.resolve("a-file");
        Files.writeString(file, "not a folder");
        Run r = run("convert", EXAMPLE.toString(), "--out", file.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OUTPUT_UNWRITABLE);
        assertOneLine(r.err());
    }

    @Test
    void tooLargeInputExitsWith6() throws Exception {
        Path big = tmp.resolve("big.wiki");
        Files.writeString(big, "word ".repeat(300_000));
        Run r = run("script", "--max-input-size", "1", big.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT_TOO_LARGE);
        assertOneLine(r.err());
    }

    @Test
    void aRunEndsWithWhatItCameTo() {
        Run r = run("convert", EXAMPLE.toString(), "--to", "pdf,braille", "--out", tmp.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        String last = r.out().strip().lines().reduce((a, b) -> b).orElseThrow();
        assertThat(last).matches("Done: 1 article into " + java.util.regex.Pattern.quote(tmp.toString())
                + " in \\d+ s: [1-9]\\d* PDF pages, [1-9]\\d* braille pages, 0 warnings\\.");
    }

    @Test
    void warningsAreListedOnceAtTheEnd() throws Exception {
        Path page = tmp.resolve("page.wiki");
        Files.writeString(page, "Text {{no such template}} and {{another unknown}} and {{no such template}}.");
        Run r = run("convert", page.toString(), "--to", "script", "--out", tmp.resolve("out").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).isEqualTo("lector: 2 warnings (each article's are in its warnings.txt: "
                + tmp.resolve("out/page/warnings.txt") + "):\n"
                + "  unknown template {{no such template}} dropped (2 times)\n"
                + "  unknown template {{another unknown}} dropped\n");
        assertThat(tmp.resolve("out/page/warnings.txt")).hasContent(
                "unknown template {{no such template}} dropped (2 times)\nunknown template {{another unknown}} dropped");
    }

    @Test
    void helpListsTheExitCodes() {
        Run r = run("--help");
        assertThat(r.code()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("Exit codes:", "3   input cannot be read");
    }

    private static void assertOneLine(String err) {
        assertThat(err.strip().lines()).hasSize(1);
        assertThat(err).startsWith("lector: ").doesNotContain("Exception").doesNotContain("\tat ");
    }
}
