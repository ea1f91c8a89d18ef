package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.testing.HostileCase;

/**
 * Every hostile case ({@link HostileCase#all()}) through every backend, each in a JVM of its own
 * started as the launcher starts it, in a working folder of its own: no crash (a native one would
 * end the JVM with 134 or 139), no hang (each case must end within {@value #HANG_SECONDS} s, a
 * bound only a stall exceeds), no stack trace, no control character on the terminal, and no file
 * anywhere but inside {@code --out}. Audio is made with the real voice only for the small cases
 * (the big ones would be hours of speech; the in-process suite gives them audio with a stand-in
 * engine).
 */
class HostileSuiteCliTest {
    private static final long HANG_SECONDS = 30;
    /** A heap a laptop can spare: what a backend holds per input byte shows here as an OutOfMemoryError. */
    private static final String HEAP = "-Xmx2g";

    @TempDir
    static Path tmp;

    static Stream<HostileCase> cases() {
        return HostileCase.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noCrashNoHangNoTraceNothingOutside(HostileCase c) throws IOException {
        Path work = Files.createDirectories(tmp.resolve(c.name().replaceAll("[^A-Za-z0-9]+", "-")));
        Files.write(work.resolve(c.fileName()), c.content());
        String formats = c.speakable() ? "script,pdf,braille,audio" : "script,pdf,braille";
        long started = System.nanoTime();
        LectorProcess.Result r = LectorProcess.run(ProcessBuilder.Redirect.PIPE, work, List.of(HEAP),
                "convert", c.fileName(), "--out", "out", "--to", formats);
        double seconds = (System.nanoTime() - started) / 1e9;
        String both = r.out() + r.err();

        assertThat(seconds).as("%s took %.1f s (a stall?)", c, seconds).isLessThan(HANG_SECONDS);
        switch (c.outcome()) {
            case CONVERTED -> assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(ExitCodes.OK);
            case ARTICLE_FAILED -> {
                assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(ExitCodes.SOME_ARTICLES_FAILED);
                assertThat(work.resolve("out/failed.txt")).exists();
            }
            case REFUSED -> assertThat(r.code()).as("stderr: %s", r.err())
                    .isIn(ExitCodes.INPUT_UNREADABLE, ExitCodes.INPUT_INVALID, ExitCodes.INPUT_TOO_LARGE);
        }
        assertThat(both).contains(c.fragment());
        assertThat(r.err()).doesNotContain("\tat ", "Exception in thread", "internal error", "SIGSEGV", "fatal error");
        assertThat(r.out()).doesNotContainPattern("(?m)^#");
        assertThat(both.codePoints().filter(cp -> Character.isISOControl(cp) && cp != '\n' && cp != '\t' && cp != '\r'))
                .as("control characters on the terminal").isEmpty();

        try (Stream<Path> outside = Files.list(work)) {
            assertThat(outside.map(p -> p.getFileName().toString()))
                    .as("what the run left in its working folder").containsExactlyInAnyOrder(c.fileName(), "out");
        }
        try (Stream<Path> inside = Files.walk(work.resolve("out"))) {
            List<Path> all = inside.toList();
            assertThat(all).noneMatch(p -> p.getFileName().toString().startsWith(".lector-partial"));
            assertThat(all).noneMatch(p -> Files.isSymbolicLink(p));
            assertThat(all).noneMatch(p -> p.getFileName().toString().startsWith("hs_err"));
            if (c.outcome() == HostileCase.Outcome.CONVERTED) {
                List<String> names = all.stream().map(p -> p.getFileName().toString()).toList();
                assertThat(names).contains("script.jsonl");
                assertThat(names).anyMatch(n -> n.endsWith(".pdf"));
                assertThat(names).anyMatch(n -> n.endsWith(".brf"));
                assertThat(names).anyMatch(n -> n.endsWith(".pef"));
                if (c.speakable()) {
                    assertThat(names).contains("chapters.json");
                }
                assertThat(all).allMatch(p -> !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || sizeOf(p) > 0);
            }
        }
    }

    private static long sizeOf(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }
}
