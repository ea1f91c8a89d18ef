package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lector.cli.LectorProcess.Result;

/**
 * A run over many articles, seen from outside as a user sees it (a JVM of its own, its exit code
 * and standard streams): one article's failure ends nothing, an output folder is written only
 * inside itself and by one run at a time, lost output and bad option values are errors, and no
 * control character from an article reaches the terminal.
 */
class RobustRunCliTest {
    private static final String PAGE = "<page><title>%s</title><ns>0</ns><revision><text>%s</text></revision></page>\n";

    @TempDir
    Path tmp;

    private Path export(String... titlesAndTexts) throws IOException {
        StringBuilder xml = new StringBuilder("<mediawiki>\n");
        for (int i = 0; i < titlesAndTexts.length; i += 2) {
            xml.append(String.format(PAGE, titlesAndTexts[i], titlesAndTexts[i + 1]));
        }
        Path file = tmp.resolve("dump.xml");
        Files.writeString(file, xml.append("</mediawiki>\n"), StandardCharsets.UTF_8);
        return file;
    }

    private static void assertNoTrace(Result r) {
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFailedArticleIsReportedAndListedAndTheOthersAreConverted() throws IOException {
        Path dump = export("Page A", "First page.", "Page B", "Second page.", "Page C", "Third page.");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(out.resolve("page-b"), elsewhere);

        Result r = LectorProcess.run("convert", dump.toString(), "--to", "script", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SOME_ARTICLES_FAILED);
        assertNoTrace(r);
        assertThat(r.err().lines()).containsExactly(
                "lector: failed: Page B (article 2): " + out.resolve("page-b") + " is a symbolic link; Lector does not write through links",
                "lector: 1 of 3 articles failed (listed in " + out.resolve("failed.txt") + "); the others were converted");
        assertThat(out.resolve("page-a/script.txt")).exists();
        assertThat(out.resolve("page-c/script.txt")).exists();
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(Files.readAllLines(out.resolve("failed.txt"))).element(1).asString()
                .startsWith("2\tPage B\t").endsWith("is a symbolic link; Lector does not write through links");
        assertThat(r.out()).contains("Done: 2 articles into " + out);

        // once the link is gone, a rerun converts all three and removes the list
        Files.delete(out.resolve("page-b"));
        Result rerun = LectorProcess.run("convert", dump.toString(), "--to", "script", "--out", out.toString());
        assertThat(rerun.code()).as(rerun.err()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("failed.txt")).doesNotExist();
        assertThat(out.resolve("page-b/script.txt")).exists();
    }

    @Test
    void whenEveryArticleFailsTheExitCodeIsStillSomeFailed() throws IOException {
        Path dump = export("Page A", "First page.");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(out.resolve("page-a"), "a file where the folder would go");
        Result r = LectorProcess.run("convert", dump.toString(), "--to", "script", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SOME_ARTICLES_FAILED);
        assertNoTrace(r);
        assertThat(r.err()).contains("page-a is a file, not a folder").endsWith("lector: the article failed (listed in "
                + out.resolve("failed.txt") + ")\n");
        assertThat(out.resolve("page-a")).hasContent("a file where the folder would go");
    }

    @Test
    void lectorScriptPrintsTheOtherArticlesOfADumpWhenOneFails() throws IOException {
        // a page over --max-input-size is refused alone, as the reader gives it
        Path dump = export("Page A", "First page.", "Page B", "word ".repeat(300_000), "Page C", "Third page.");
        Result r = LectorProcess.run("script", "--max-input-size", "1", dump.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.SOME_ARTICLES_FAILED);
        assertNoTrace(r);
        assertThat(r.out()).contains("First page.", "Third page.").doesNotContain("word word");
        List<String> err = r.err().lines().toList();
        assertThat(err).hasSize(2);
        assertThat(err.get(0)).startsWith("lector: failed: Page B (article 2): script: ").contains("larger than");
        assertThat(err.get(1)).isEqualTo("lector: 1 of 3 articles failed; the others were converted");
    }

    @Test
    void aSecondRunIntoALockedFolderIsRefusedAndTouchesNothing() throws IOException {
        Path dump = export("Page A", "First page.");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path live = Files.createDirectories(out.resolve("page-a/.lector-partial-live"));
        try (FileChannel lock = FileChannel.open(out.resolve(".lector-lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = lock.lock()) {
            lock.write(java.nio.ByteBuffer.wrap("4242\n".getBytes(StandardCharsets.US_ASCII)));
            Result r = LectorProcess.run("convert", dump.toString(), "--to", "script", "--out", out.toString());
            assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OUTPUT_UNWRITABLE);
            assertThat(r.err()).isEqualTo("lector: another Lector run is writing into " + out
                    + " (pid 4242); wait for it or choose another --out\n");
            assertThat(live).as("the other run's staging folder").exists();
        }
        // the lock is gone with its holder: the next run goes ahead (and clears what that one left)
        Result r = LectorProcess.run("convert", dump.toString(), "--to", "script", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(live).doesNotExist();
        assertThat(out.resolve(".lector-lock")).as("left with the last holder's pid, but no lock").hasContent(r.pid() + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"script", "convert"})
    void outputLostOnAFullDiskIsAnError(String command) throws IOException {
        Path article = tmp.resolve("a.wiki");
        Files.writeString(article, "Some text of the article.");
        List<String> args = command.equals("script") ? List.of("script", article.toString())
                : List.of("convert", article.toString(), "--to", "script", "--out", tmp.resolve("out").toString());
        Result r = LectorProcess.run(ProcessBuilder.Redirect.to(new File("/dev/full")), null, List.of(), args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OUTPUT_UNWRITABLE);
        assertThat(r.err()).isEqualTo("lector: " + StandardOutput.LOST + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "0", "99999999999999", "9223372036854775807", "ten"})
    void anInputSizeLimitThatIsNoSizeIsAUsageError(String value) throws IOException {
        Path article = tmp.resolve("a.wiki");
        Files.writeString(article, "Some text.");
        Result r = LectorProcess.run("script", "--max-input-size", value, article.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().lines().findFirst().orElseThrow()).startsWith("lector: Invalid value for option '--max-input-size': ")
                .contains(value);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void optionFilesThatAreNoFilesOrTooLargeAreRefusedBeforeReading() throws IOException {
        Path article = tmp.resolve("a.wiki");
        Files.writeString(article, "NATO met.");
        Path folder = Files.createDirectories(tmp.resolve("a-folder"));
        Path huge = tmp.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(17L * 1024 * 1024); // sparse: large to look at, nothing on disk
        }
        String[][] cases = {
            {"--acronyms", folder.toString(), "it is a folder, not a file"},
            {"--acronyms", "/dev/zero", "it is not a regular file"},
            {"--acronyms", huge.toString(), "larger than 16 MB"},
            {"--acronyms", tmp.resolve("missing.txt").toString(), "no such file"},
            {"--lexicon", "/dev/zero", "it is not a regular file"},
            {"--lexicon", folder.toString(), "it is a folder, not a file"},
        };
        for (String[] c : cases) {
            long started = System.nanoTime();
            Result r = LectorProcess.run(List.of("-Xmx256m"), "script", c[0], c[1], article.toString());
            assertThat(r.code()).as(String.join(" ", c) + ": " + r.err()).isEqualTo(ExitCodes.INPUT_UNREADABLE);
            assertThat(r.err()).isEqualTo("lector: cannot read " + c[0] + " " + c[1] + ": " + r.err().substring(
                    ("lector: cannot read " + c[0] + " " + c[1] + ": ").length())).contains(c[2]);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(System.nanoTime() - started).as("refused, not read").isLessThan(30_000_000_000L);
        }
    }

    @Test
    void controlCharactersFromAnArticleNeverReachTheTerminal() throws IOException {
        // a stored script is the one route whose titles no reader cleans: JSON can spell any character
        Path article = tmp.resolve("a.wiki");
        Files.writeString(article, "Some text of the article.");
        Result script = LectorProcess.run("script", "--json", article.toString());
        String evil = "Evil\\u001b]0;owned\\u0007\\u001b[2J\\u009b31m\\u0000\\r\\nTitle";
        String edited = script.out().replaceFirst("\"title\":\"A\"", "\"title\":\"" + evil.replace("\\", "\\\\") + "\"")
                .replaceFirst("\\}\\n", ",\"warnings\":[\"a warning \\\\u001b[31min red\\\\u001b[0m\"]}\n");
        assertThat(edited).contains("owned");
        Path stored = tmp.resolve("script.jsonl");
        Files.writeString(stored, edited);

        Result r = LectorProcess.run("convert", stored.toString(), "--to", "script", "--out", tmp.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        for (String printed : List.of(r.out(), r.err())) {
            assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F)).as(printed).isEmpty();
        }
        assertThat(r.out()).contains("Evil\uFFFD]0;owned\uFFFD\uFFFD[2J\uFFFD31m\uFFFD  Title → ");
        assertThat(r.err()).contains("a warning \uFFFD[31min red\uFFFD[0m");
    }

    /** Everything under {@code root}, to show a run wrote nothing outside it. */
    static List<Path> tree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.toList();
        }
    }
}
