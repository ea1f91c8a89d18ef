package org.lector.source;

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
final class Corpus {
    static final String SEED = "stalin-1924-1939.seed.wiki";

    private Corpus() {
    }

    static Path articles() {
        String property = System.getProperty("lector.corpus", "../shared/corpus");
        Path dir = Paths.get(property, "articles").toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(dir),
                () -> "SKIPPED: corpus not found at " + dir + " (set -Dlector.corpus=…)");
        return dir;
    }

    static Path article(String name) {
        Path file = articles().resolve(name);
        assumeTrue(Files.isRegularFile(file), () -> "SKIPPED: corpus file missing: " + file);
        return file;
    }

    static List<Path> files(String suffix) {
        try (Stream<Path> s = Files.list(articles())) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain wikitext files other than the seed: ordinary articles that must pass untouched. */
    static List<Path> ordinaryWikiFiles() {
        return files(".wiki").stream().filter(p -> !p.getFileName().toString().equals(SEED)).toList();
    }

    static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
