package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.cli.LectorProcess.Result;

/**
 * The {@code lector} launcher's JVM flags and descriptors, and what they are for: should the JVM
 * crash (a native library overflowing its stack, say), the fatal-error report goes to the
 * temporary folder rather than the user's working folder, and its banner to stderr rather than
 * into the output on stdout.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("lector");

    @TempDir
    Path workingDir;

    @Test
    void separateJvmTestsStartLectorWithTheLaunchersFlags() throws IOException {
        String launcher = Files.readString(LAUNCHER);
        for (String flag : LectorProcess.JVM_FLAGS) {
            String expected = flag.startsWith("-XX:ErrorFile=") ? "-XX:ErrorFile=\"${TMPDIR:-/tmp}/lector-hs_err_pid%p.log\"" : flag;
            assertThat(launcher).as("the launcher passes %s", flag).contains(" " + expected + " ");
        }
        assertThat(launcher).contains("\n" + LectorProcess.DESCRIPTORS + "\n");
    }

    @Test
    void aCrashedJvmLeavesNoReportInTheWorkingFolderAndNothingOnStdout() throws IOException {
        Path article = workingDir.resolve("a.wiki");
        Files.writeString(article, "Some text of the article. ".repeat(20_000));
        // the least contrived crash there is: the JVM aborts with a fatal-error report at its
        // first OutOfMemoryError, as it does at a native crash
        Result r = LectorProcess.run(ProcessBuilder.Redirect.PIPE, workingDir,
                List.of("-Xmx12m", "-XX:+CrashOnOutOfMemoryError"), "script", article.toString());
        Path report = Path.of(System.getProperty("java.io.tmpdir"), "lector-hs_err_pid" + r.pid() + ".log");
        try {
            assertThat(r.code()).as(r.err()).isNotZero();
            assertThat(r.err()).contains("A fatal error has been detected by the Java Runtime Environment");
            assertThat(r.out()).as("stdout, where the script would go").isEmpty();
            assertThat(report).exists();
            try (Stream<Path> files = Files.list(workingDir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.wiki");
            }
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
