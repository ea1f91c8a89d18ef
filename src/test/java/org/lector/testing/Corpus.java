package org.lector.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus of real articles; tests that need it are skipped (visibly) when it is absent. */
public final class Corpus {
    private static final java.util.Set<Path> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public static final String SEED = "stalin-1924-1939.seed.wiki";

    private Corpus() {
    }

    public static Path articles() {
        return folder("articles");
    }

    /** Other projects' wikitext test suites (pandoc, Parsoid, Cite). */
    public static Path peerTests() {
        return folder("peer-tests");
    }

    private static Path folder(String name) {
        String property = System.getProperty("lector.corpus", "../shared/corpus");
        Path dir = Paths.get(property, name).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir) && WARNED.add(dir)) {
            // JUnit keeps an assumption's message in its report; say it on the console too
            System.err.println("SKIPPED: corpus not found at " + dir + "; tests on real articles do not run");
        }
        assumeTrue(Files.isDirectory(dir),
                () -> "SKIPPED: corpus not found at " + dir + " (set -Dlector.corpus=…)");
        return dir;
    }

    public static Path article(String name) {
        Path file = articles().resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "SKIPPED: corpus file missing: " + file);
        return file;
    }

    public static List<Path> files(String suffix) {
        try (Stream<Path> s = Files.list(articles())) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain wikitext files other than the seed: ordinary articles that must pass untouched. */
    public static List<Path> ordinaryWikiFiles() {
        return files(".wiki").stream().filter(p -> !p.getFileName().toString().equals(SEED)).toList();
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
