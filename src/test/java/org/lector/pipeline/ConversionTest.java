package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.source.InputException;
import org.lector.testing.ScriptView;

class ConversionTest {
    @TempDir
    Path tmp;

    /** Twelve pages, four of them titled so that their folder names clash. */
    private static String export(boolean cutOffAtTheEnd) {
        StringBuilder xml = new StringBuilder("<mediawiki>");
        for (int i = 1; i <= 12; i++) {
            String title = i % 3 == 0 ? "Same Title" : "Page " + i;
            xml.append("<page><title>").append(title).append("</title><ns>0</ns><revision><text>")
                    .append("== Part ").append(i).append(" ==\nText of page ").append(i).append(", with ").append(i * 7)
                    .append(" words.</text></revision></page>");
        }
        return cutOffAtTheEnd ? xml.append("<page><title>Cut</title><ns>0</ns><revision><text>x").toString()
                : xml.append("</mediawiki>").toString();
    }

    private static ArticleStream open(String xml) {
        return ArticleReader.open(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "dump.xml");
    }

    @Test
    void manyThreadsWriteWhatOneThreadWritesAndReportInInputOrder() throws IOException {
        List<String> oneThread = new ArrayList<>();
        List<String> twoThreads = new ArrayList<>();
        try (ArticleStream in = open(export(false))) {
            new Conversion(tmp.resolve("one"), List.of(new ScriptBackend()), new ArticleConverter(), 1)
                    .run(in, r -> oneThread.add(r.title() + " → " + r.directory().getFileName()));
        }
        try (ArticleStream in = open(export(false))) {
            new Conversion(tmp.resolve("four"), List.of(new ScriptBackend()), new ArticleConverter(), 4)
                    .run(in, r -> twoThreads.add(r.title() + " → " + r.directory().getFileName()));
        }
        assertThat(oneThread).hasSize(12).startsWith("Page 1 → page-1")
                .contains("Same Title → same-title", "Same Title → same-title-2", "Same Title → same-title-4");
        assertThat(twoThreads).containsExactlyElementsOf(oneThread);
        assertThat(files(tmp.resolve("four"))).isEqualTo(files(tmp.resolve("one")));
    }

    @Test
    void aMalformedEndStopsTheRunAfterTheArticlesBeforeItAreComplete() throws IOException {
        List<String> done = new ArrayList<>();
        try (ArticleStream in = open(export(true))) {
            Conversion c = new Conversion(tmp, List.of(new ScriptBackend()), new ArticleConverter(), 2);
            assertThatThrownBy(() -> c.run(in, r -> done.add(r.title()))).isInstanceOf(InputException.class)
                    .hasMessageContaining("malformed export XML");
        }
        assertThat(done).hasSize(12);
        assertThat(files(tmp).keySet()).noneMatch(n -> n.contains(AtomicFiles.TEMP_PREFIX));
    }

    @Test
    void aFailingBackendFailsTheRunWithItsOwnException() throws IOException {
        Backend broken = new Backend() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public BackendReport write(BackendInput input, Path stagingDir) {
                throw new OutputException("disk full", null);
            }
        };
        Backend slow = new Backend() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
                String slug = input.slug();
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Files.writeString(stagingDir.resolve("slow.txt"), slug);
                return BackendReport.of("slow");
            }
        };
        try (ArticleStream in = open(export(false))) {
            Conversion c = new Conversion(tmp, List.of(new ScriptBackend(), broken, slow), new ArticleConverter(), 2);
            assertThatThrownBy(() -> c.run(in, r -> { })).isInstanceOf(OutputException.class).hasMessage("disk full");
        }
        // the run returned only after the slow sibling of the failed backend had finished: no
        // backend is left writing into a staging folder when the program exits
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(AtomicFiles.TEMP_PREFIX))
                    .contains("slow.txt");
        }
    }

    /** A result one test backend publishes and another needs. */
    record WordCount(int words) {
    }

    /** Counts the words of the script and publishes the count. */
    static final class Counter implements Backend {
        @Override
        public String name() {
            return "counter";
        }

        @Override
        public Set<Class<?>> publishes() {
            return Set.of(WordCount.class);
        }

        @Override
        public BackendReport write(BackendInput input, Path stagingDir) {
            int words = 0;
            for (var t : ScriptView.texts(input.script())) {
                words += t.text().isBlank() ? 0 : t.text().strip().split("\\s+").length;
            }
            return new BackendReport("counted", List.of(), Map.of(), List.of(new WordCount(words)));
        }
    }

    /** Writes the count another backend published. */
    static final class CountWriter implements Backend {
        @Override
        public String name() {
            return "count-writer";
        }

        @Override
        public Set<Class<?>> needs() {
            return Set.of(WordCount.class);
        }

        @Override
        public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
            Files.writeString(stagingDir.resolve("words.txt"), Integer.toString(input.result(WordCount.class).words()));
            return BackendReport.of("wrote the count");
        }
    }

    @Test
    void aBackendGetsWhatAnotherPublishesWhicheverOrderTheyAreListedIn() throws IOException {
        List<Backend> listed = List.of(new CountWriter(), new Counter());
        assertThat(Conversion.inDependencyOrder(listed)).extracting(Backend::name).containsExactly("counter", "count-writer");
        List<ArticleResult> results = new ArrayList<>();
        try (ArticleStream in = open(export(false))) {
            new Conversion(tmp, listed, new ArticleConverter(), 2).run(in, results::add);
        }
        assertThat(results).isNotEmpty();
        for (ArticleResult r : results) {
            // reported in the order they were listed, though run producer first
            assertThat(r.outputs()).containsExactly("count-writer: wrote the count", "counter: counted");
            assertThat(Integer.parseInt(Files.readString(r.directory().resolve("words.txt")))).isPositive();
        }
    }

    @Test
    void aBackendWaitingForWhatNobodyPublishesIsRefused() {
        assertThatThrownBy(() -> Conversion.inDependencyOrder(List.of(new CountWriter())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nobody publishes");
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return out;
    }
}
