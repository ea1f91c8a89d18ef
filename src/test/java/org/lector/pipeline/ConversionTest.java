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
import org.lector.braille.BrailleException;
import org.lector.script.ReadingScript;
import org.lector.source.InputException;
import org.lector.testing.ScriptView;

class ConversionTest {
    @TempDir
    Path tmp;

    /** What a run told its listener, in the order it told it. */
    static final class Heard implements ConversionListener {
        final List<ArticleResult> converted = new ArrayList<>();
        final List<ArticleFailure> failed = new ArrayList<>();
        final List<String> order = new ArrayList<>();

        @Override
        public void converted(ArticleResult result) {
            converted.add(result);
            order.add(result.title());
        }

        @Override
        public void failed(ArticleFailure failure) {
            failed.add(failure);
            order.add(failure.title());
        }
    }

    /** A listener for successes alone. */
    private static ConversionListener onEach(java.util.function.Consumer<ArticleResult> each) {
        return new ConversionListener() {
            @Override
            public void converted(ArticleResult result) {
                each.accept(result);
            }

            @Override
            public void failed(ArticleFailure failure) {
                throw new AssertionError("unexpected failure of " + failure.title() + ": " + failure.reason(), failure.cause());
            }
        };
    }

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
                    .run(in, onEach(r -> oneThread.add(r.title() + " → " + r.directory().getFileName())));
        }
        try (ArticleStream in = open(export(false))) {
            new Conversion(tmp.resolve("four"), List.of(new ScriptBackend()), new ArticleConverter(), 4)
                    .run(in, onEach(r -> twoThreads.add(r.title() + " → " + r.directory().getFileName())));
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
            assertThatThrownBy(() -> c.run(in, onEach(r -> done.add(r.title())))).isInstanceOf(InputException.class)
                    .hasMessageContaining("malformed export XML");
        }
        assertThat(done).hasSize(12);
        assertThat(files(tmp).keySet()).noneMatch(n -> n.contains(AtomicFiles.TEMP_PREFIX));
    }

    /** A backend that fails, as {@code failure} says, for the pages whose number it names. */
    private static Backend failingOn(String name, Map<Integer, java.util.function.Supplier<Throwable>> failures) {
        return new Backend() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
                int page = Integer.parseInt(input.script().title().replaceAll("\\D+", "0"));
                java.util.function.Supplier<Throwable> failure = failures.get(page);
                if (failure != null) {
                    Throwable t = failure.get();
                    if (t instanceof IOException io) {
                        throw io;
                    }
                    if (t instanceof Error e) {
                        throw e;
                    }
                    throw (RuntimeException) t;
                }
                Files.writeString(stagingDir.resolve(name + ".txt"), input.slug());
                return BackendReport.of("wrote " + name);
            }
        };
    }

    /** Calls itself until the stack runs out, as a too deeply nested article would. */
    private static int deeper(int n) {
        return deeper(n + 1) + 1;
    }

    @Test
    void eachArticlesFailureIsReportedAndTheOthersAreConverted() throws IOException {
        Backend broken = failingOn("broken", Map.of(
                1, () -> new BrailleException("the table cannot translate U+E000", null),
                2, () -> new OutputException("cannot write the broken output", null),
                4, () -> new IllegalStateException("a bug"),
                5, () -> {
                    try {
                        deeper(0);
                        return null;
                    } catch (StackOverflowError e) {
                        return e;
                    }
                },
                7, () -> new OutOfMemoryError("Java heap space"),
                8, () -> new IOException("Permission denied")));
        Backend slow = new Backend() {
            @Override
            public String name() {
                return "slow";
            }

            @Override
            public BackendReport write(BackendInput input, Path stagingDir) throws IOException {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Files.writeString(stagingDir.resolve("slow.txt"), input.slug());
                return BackendReport.of("slow");
            }
        };
        Heard heard = new Heard();
        ConversionResult result;
        try (ArticleStream in = open(export(false))) {
            result = new Conversion(tmp, List.of(new ScriptBackend(), broken, slow), new ArticleConverter(), 2).run(in, heard);
        }
        assertThat(result.articles()).isEqualTo(12);
        assertThat(result.failed()).isEqualTo(6);
        assertThat(heard.order).as("every article, in input order").hasSize(12).startsWith("Page 1", "Page 2", "Same Title", "Page 4");
        assertThat(heard.failed).extracting(ArticleFailure::position).containsExactly(1, 2, 4, 5, 7, 8);
        assertThat(heard.failed).extracting(ArticleFailure::reason).containsExactly(
                "broken: the table cannot translate U+E000",
                "broken: cannot write the broken output",
                "broken: internal error: java.lang.IllegalStateException: a bug (rerun with --debug for details, and please report it)",
                "broken: nested too deeply to convert (stack overflow)",
                "broken: needs more memory than Java was given (out of memory)",
                "broken: cannot write the broken output in " + tmp.toRealPath().resolve("page-8") + ": Permission denied");
        assertThat(heard.failed.get(3).cause()).isInstanceOf(StackOverflowError.class);
        assertThat(heard.converted).extracting(ArticleResult::title).containsExactly(
                "Same Title", "Same Title", "Same Title", "Page 10", "Page 11", "Same Title");
        // the other backends of a failed article kept their outputs: the failure is one backend's
        assertThat(tmp.resolve("page-1/script.txt")).exists();
        assertThat(tmp.resolve("page-1/slow.txt")).exists();
        assertThat(tmp.resolve("page-1/broken.txt")).doesNotExist();
        assertThat(result.failedList()).isEqualTo(tmp.resolve("failed.txt"));
        List<String> listed = Files.readAllLines(tmp.resolve("failed.txt"));
        assertThat(listed).hasSize(7).first().asString().startsWith("#");
        assertThat(listed.get(1)).isEqualTo("1\tPage 1\tbroken: the table cannot translate U+E000");
        // the run returned only after every backend had finished: none is left writing into a
        // staging folder when the program exits
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(AtomicFiles.TEMP_PREFIX));
        }

        // a later run with no failure removes the list
        try (ArticleStream in = open(export(false))) {
            assertThat(new Conversion(tmp, List.of(new ScriptBackend()), new ArticleConverter(), 2).run(in, onEach(r -> { })).failed()).isZero();
        }
        assertThat(tmp.resolve("failed.txt")).doesNotExist();
    }

    @Test
    void aScriptThatCannotBeMadeIsTheArticlesFailureUnderItsTitle() throws IOException {
        List<ReadingScript> scripts = new ArrayList<>();
        try (ArticleStream in = open(export(false))) {
            ArticleConverter converter = new ArticleConverter();
            in.forEachRemaining(raw -> scripts.add(converter.toScript(raw)));
        }
        ScriptSource source = new ScriptSource() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < 3;
            }

            @Override
            public PendingArticle next() {
                ReadingScript s = scripts.get(next++);
                return next == 2 ? new PendingArticle("Broken page", () -> {
                    throw new IllegalArgumentException("Illegal character entity");
                }) : new PendingArticle(s.title(), () -> s);
            }
        };
        Heard heard = new Heard();
        ConversionResult result = new Conversion(tmp, List.of(new ScriptBackend()), new ArticleConverter(), 2).run(source, heard);
        assertThat(result.failed()).isEqualTo(1);
        assertThat(heard.order).containsExactly("Page 1", "Broken page", "Same Title");
        assertThat(heard.failed.get(0).reason()).startsWith("script: internal error: java.lang.IllegalArgumentException: Illegal character entity");
        assertThat(heard.failed.get(0).position()).isEqualTo(2);
    }

    @Test
    void aFullDiskStopsTheRunAfterTheArticlesStartedAreFinished() throws IOException {
        // every later article would fail the same way: the run stops, as a folder it cannot write would
        Backend full = failingOn("full", Map.of(4, () -> new IOException("No space left on device")));
        Heard heard = new Heard();
        try (ArticleStream in = open(export(false))) {
            Conversion c = new Conversion(tmp, List.of(new ScriptBackend(), full), new ArticleConverter(), 2);
            assertThatThrownBy(() -> c.run(in, heard)).isInstanceOf(OutputException.class).hasMessageContaining("No space left on device");
        }
        assertThat(heard.failed).isEmpty();
        assertThat(heard.converted).extracting(ArticleResult::title).containsExactly("Page 1", "Page 2", "Same Title");
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(AtomicFiles.TEMP_PREFIX));
        }
    }

    @Test
    void anArticleFolderThatIsALinkIsRefusedAndNothingIsWrittenOrDeletedThroughIt() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve(AtomicFiles.TEMP_PREFIX + "precious"), "not Lector's");
        Files.writeString(elsewhere.resolve("script.txt"), "mine");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Files.createSymbolicLink(out.resolve("page-2"), elsewhere);
        // inside a real article folder: a leftover name that is a link, and an output name that is one
        Files.createDirectories(out.resolve("page-4"));
        Files.createSymbolicLink(out.resolve("page-4").resolve(AtomicFiles.TEMP_PREFIX + "old"), elsewhere);
        Files.createDirectories(out.resolve("page-5"));
        Files.createSymbolicLink(out.resolve("page-5/script.txt"), elsewhere.resolve("script.txt"));
        Heard heard = new Heard();
        try (ArticleStream in = open(export(false))) {
            new Conversion(out, List.of(new ScriptBackend()), new ArticleConverter(), 2).run(in, heard);
        }
        assertThat(heard.failed).extracting(ArticleFailure::title).containsExactly("Page 2", "Page 5");
        assertThat(heard.failed.get(0).reason()).isEqualTo(out.resolve("page-2") + " is a symbolic link; Lector does not write through links");
        assertThat(heard.failed.get(1).reason()).contains("page-5/script.txt is a symbolic link");
        assertThat(names(elsewhere)).containsExactlyInAnyOrder(AtomicFiles.TEMP_PREFIX + "precious", "script.txt");
        assertThat(elsewhere.resolve("script.txt")).hasContent("mine");
        // the leftover link itself is gone, not what it pointed to
        assertThat(names(out.resolve("page-4"))).doesNotContain(AtomicFiles.TEMP_PREFIX + "old").contains("script.txt");
        assertThat(heard.converted).hasSize(10);
    }

    @Test
    void anOutputFolderThatIsALinkIsFollowedOnce() throws IOException {
        Path chosen = Files.createDirectories(tmp.resolve("chosen"));
        Path link = Files.createSymbolicLink(tmp.resolve("out-link"), chosen);
        Heard heard = new Heard();
        try (ArticleStream in = open(export(false))) {
            new Conversion(link, List.of(new ScriptBackend()), new ArticleConverter(), 2).run(in, heard);
        }
        assertThat(heard.failed).isEmpty();
        assertThat(heard.converted.get(0).directory()).as("named as the user named it").isEqualTo(link.resolve("page-1"));
        assertThat(chosen.resolve("page-1/script.txt")).exists();
    }

    @Test
    void aSecondRunIntoTheSameFolderIsRefusedWhileTheFirstHoldsIt() throws Exception {
        java.util.concurrent.CountDownLatch writing = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        Backend waiting = new Backend() {
            @Override
            public String name() {
                return "waiting";
            }

            @Override
            public BackendReport write(BackendInput input, Path stagingDir) {
                writing.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return BackendReport.of("waited");
            }
        };
        java.util.concurrent.CompletableFuture<ConversionResult> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try (ArticleStream in = open(export(false))) {
                return new Conversion(tmp, List.of(waiting), new ArticleConverter(), 1).run(in, onEach(r -> { }));
            }
        });
        writing.await();
        Path staging;
        try (Stream<Path> dirs = Files.walk(tmp)) {
            staging = dirs.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).findFirst().orElseThrow();
        }
        try (ArticleStream in = open(export(false))) {
            Conversion second = new Conversion(tmp, List.of(new ScriptBackend()), new ArticleConverter(), 1);
            assertThatThrownBy(() -> second.run(in, onEach(r -> { }))).isInstanceOf(OutputException.class)
                    .hasMessage("another Lector run is writing into " + tmp + " (pid " + ProcessHandle.current().pid()
                            + "); wait for it or choose another --out");
        }
        assertThat(staging).as("the first run's live staging folder").exists();
        release.countDown();
        assertThat(first.get().failed()).isZero();
        // the lock died with the first run: a third run goes ahead
        try (ArticleStream in = open(export(false))) {
            assertThat(new Conversion(tmp, List.of(new ScriptBackend()), new ArticleConverter(), 1).run(in, onEach(r -> { })).articles())
                    .isEqualTo(12);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).toList();
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
            new Conversion(tmp, listed, new ArticleConverter(), 2).run(in, onEach(results::add));
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
