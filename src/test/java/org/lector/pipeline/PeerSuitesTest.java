package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lector.source.RawArticle;
import org.lector.testing.Corpus;

/**
 * Every wikitext input of other projects' test suites (Parsoid's parser tests, pandoc's
 * MediaWiki reader test, the Cite extension's tests) converts to a script without an exception,
 * each within a generous bound that only a hang would exceed.
 */
class PeerSuitesTest {
    private static final long HANG_SECONDS = 10;

    @Test
    void everyPeerTestInputConverts() throws Exception {
        List<String> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpus.peerTests())) {
            for (Path f : files.sorted().toList()) {
                cases.addAll(inputs(f));
            }
        }
        assertThat(cases).hasSizeGreaterThan(1000);
        ArticleConverter converter = new ArticleConverter();
        ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "peer-case");
            t.setDaemon(true);
            return t;
        });
        List<String> failures = new ArrayList<>();
        try {
            for (String wikitext : cases) {
                Future<?> run = runner.submit(() -> converter.toScript(new RawArticle("Case", wikitext, "en", List.of())));
                try {
                    run.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    failures.add("hangs: " + head(wikitext));
                    break;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(e.getCause() + ": " + head(wikitext));
                }
            }
        } finally {
            runner.shutdownNow();
        }
        assertThat(failures).isEmpty();
    }

    /** The wikitext of each case: "!! wikitext" blocks in parser-test files, the whole file otherwise. */
    static List<String> inputs(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        if (!file.toString().endsWith(".txt")) {
            return file.toString().endsWith(".wiki") ? List.of(String.join("\n", lines)) : List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String line : lines) {
            if (line.startsWith("!!")) {
                if (current != null) {
                    out.add(current.toString());
                    current = null;
                }
                if (line.trim().equals("!! wikitext")) {
                    current = new StringBuilder();
                }
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        return out;
    }

    private static String head(String s) {
        return s.substring(0, Math.min(100, s.length())).replace("\n", "\\n");
    }
}
