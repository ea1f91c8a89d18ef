package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Articles and options that killed the JVM inside liblouis (SIGSEGV, exit 134 or 139, no message),
 * each converted {@code --to braille} in a JVM of its own with the launcher's 8 MB thread stacks:
 * runs of punctuation that liblouis's pattern matcher recursed over once per character, paragraphs
 * of 20,000 note references and 50,000 {@code {{sfn}}}s, and table lists liblouis cannot open.
 */
class BrailleCrashCliTest {
    @TempDir
    static Path tmp;

    static Stream<Arguments> articles() {
        return Stream.of(
                // 100,000 quotation marks in a row needed about 20 MB of native stack
                Arguments.of("quotes", "Text " + "\"".repeat(100_000) + " end."),
                Arguments.of("quotes and spaces", "Text " + "\" ".repeat(50_000) + "end."),
                Arguments.of("20,000 refs", "Text" + "<ref>x</ref>".repeat(20_000) + " end.\n\n== Notes ==\n<references/>"),
                Arguments.of("50,000 sfn", "Text" + "{{sfn|A|2000|p=1}}".repeat(50_000) + " end."),
                Arguments.of("a word of 256 KB", "x".repeat(1 << 18)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("articles")
    void aHostileArticleIsBrailled(String name, String wikitext) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve(name.replaceAll("[^a-z0-9]+", "-")));
        Path input = Files.writeString(dir.resolve("article.wiki"), wikitext, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        LectorProcess.Result r = LectorProcess.run(ProcessBuilder.Redirect.PIPE, dir, List.of(),
                "convert", input.toString(), "--to", "braille", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(out.resolve("article/article.brf")).isNotEmptyFile();
        assertThat(out.resolve("article/article.pef")).isNotEmptyFile();
        assertNoCrashTrace(r, dir);
    }

    static Stream<Arguments> tableLists() {
        return Stream.of(
                Arguments.of(",,,", "has an empty name"),
                Arguments.of("/dev/zero", "is not a regular file"),
                Arguments.of("en-ueb-g2.ctb,no-such.ctb", "unknown braille table 'no-such.ctb'"));
    }

    @ParameterizedTest(name = "--braille-table {0}")
    @MethodSource("tableLists")
    void aTableListLiblouisCannotOpenIsAUsageError(String tables, String message) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("tables-" + Integer.toHexString(tables.hashCode())));
        Path input = Files.writeString(dir.resolve("article.wiki"), "Some text.", StandardCharsets.UTF_8);
        LectorProcess.Result r = LectorProcess.run(ProcessBuilder.Redirect.PIPE, dir, List.of(),
                "convert", input.toString(), "--to", "braille", "--out", dir.resolve("out").toString(), "--braille-table", tables);
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().findFirst()).hasValueSatisfying(line ->
                assertThat(line).startsWith("lector: ").contains(message).contains("lector tables"));
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertNoCrashTrace(r, dir);
    }

    /** No JVM fatal-error banner (its lines start with "#") and no hs_err file where the user ran Lector. */
    private static void assertNoCrashTrace(LectorProcess.Result r, Path workingDir) throws IOException {
        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("#"));
        assertThat(r.err().lines()).noneMatch(l -> l.startsWith("# A fatal error"));
        try (Stream<Path> files = Files.list(workingDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }
}
