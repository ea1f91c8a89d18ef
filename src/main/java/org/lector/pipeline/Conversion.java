package org.lector.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleStream;
import org.lector.source.RawArticle;

/**
 * Converts every article of an input into the chosen outputs, using every core: the articles of
 * a dump are read one after another, and each is turned into its reading script and then into
 * every chosen output concurrently (the backends of one article share its one script). At most
 * {@code threads + 1} articles are in flight, so a dump of any size needs only a few articles in
 * memory. Folder names are given in input order, so two articles with clashing titles get the
 * same names on every run, and the caller hears of the articles in input order too. Each article
 * gets its own folder {@code OUT/<slug>/}, with {@code warnings.txt} when anything was repaired,
 * dropped or could not be shown.
 */
public final class Conversion {
    private final Path outputRoot;
    private final List<Backend> backends;
    /** The backends with every producer before what needs it, worked out once for the run. */
    private final List<Backend> runOrder;
    private final ArticleConverter converter;
    private final int threads;
    private final Slugs slugs = new Slugs();

    public Conversion(Path outputRoot, List<Backend> backends, ArticleConverter converter) {
        this(outputRoot, backends, converter, Runtime.getRuntime().availableProcessors());
    }

    public Conversion(Path outputRoot, List<Backend> backends, ArticleConverter converter, int threads) {
        this.outputRoot = outputRoot;
        this.backends = List.copyOf(backends);
        this.runOrder = inDependencyOrder(this.backends);
        this.converter = converter;
        this.threads = Math.max(1, threads);
    }

    /**
     * Converts every article, telling {@code onArticle} of each in input order; returns how many
     * there were. The first failure (an output that cannot be written, an input that turns out
     * malformed half-way) stops the run once the articles already started are finished, and is
     * rethrown as it was.
     */
    public int run(ArticleStream articles, Consumer<ArticleResult> onArticle) {
        return run(new ScriptSource() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public Supplier<ReadingScript> next() {
                RawArticle raw = articles.next();
                return () -> converter.toScript(raw);
            }
        }, onArticle);
    }

    /** Converts a stored reading script (script.jsonl, read back) as if it had just been made. */
    public int run(ReadingScript stored, Consumer<ArticleResult> onArticle) {
        return run(ScriptSource.of(List.of(stored)), onArticle);
    }

    private int run(ScriptSource articles, Consumer<ArticleResult> onArticle) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("lector-article"));
        // backends run apart from the article threads that wait for them (sharing one pool would
        // deadlock once every thread waited); at most (threads + 1) × backends are busy
        ExecutorService backendPool = Executors.newCachedThreadPool(daemon("lector-backend"));
        int permits = threads + 1;
        Semaphore inFlight = new Semaphore(permits);
        CompletableFuture<String> previousSlug = CompletableFuture.completedFuture(null);
        CompletableFuture<Void> reported = CompletableFuture.completedFuture(null);
        int count = 0;
        try {
            while (articles.hasNext() && !reported.isCompletedExceptionally()) {
                Supplier<ReadingScript> next = articles.next();
                inFlight.acquireUninterruptibly();
                CompletableFuture<ReadingScript> script = CompletableFuture.supplyAsync(next, pool);
                // names are handed out in input order: each waits for the one before it
                CompletableFuture<String> slug = previousSlug.thenCombine(script, (before, s) -> slugs.unique(s.title()));
                CompletableFuture<ArticleResult> result = script.thenCombineAsync(slug, (sc, sl) -> write(sc, sl, backendPool), pool);
                result.whenComplete((r, e) -> inFlight.release());
                reported = reported.thenCombine(result, (nothing, r) -> {
                    onArticle.accept(r);
                    return null;
                });
                previousSlug = slug;
                count++;
            }
            join(reported);
            return count;
        } catch (RuntimeException | Error e) {
            // let the articles already started finish, so none is left half-published
            inFlight.acquireUninterruptibly(permits);
            throw e;
        } finally {
            pool.shutdown();
            backendPool.shutdown();
        }
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private ArticleResult write(ReadingScript script, String slug, ExecutorService backendPool) {
        Path dir = outputRoot.resolve(slug);
        StagingFolder.removeLeftovers(dir);
        Map<Backend, CompletableFuture<BackendReport>> reports = new HashMap<>();
        Map<Class<?>, CompletableFuture<BackendReport>> producers = new HashMap<>();
        for (Backend b : runOrder) {
            List<CompletableFuture<BackendReport>> needed = new ArrayList<>();
            for (Class<?> type : b.needs()) {
                needed.add(producers.get(type));
            }
            // each backend on its own thread as soon as what it needs is published; they only read the script
            CompletableFuture<BackendReport> report = CompletableFuture.allOf(needed.toArray(CompletableFuture[]::new))
                    .thenApplyAsync(nothing -> write(b, new BackendInput(script, slug, publishedBy(needed)), dir), backendPool);
            for (Class<?> type : b.publishes()) {
                producers.put(type, report);
            }
            reports.put(b, report);
        }
        // all of them finish (or fail) before the article counts as done: a failure must not let
        // the run end while a sibling backend is still publishing its folder
        CompletableFuture.allOf(reports.values().toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        List<String> outputs = new ArrayList<>();
        List<String> warnings = new ArrayList<>(script.warnings());
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Backend b : backends) {
            BackendReport report = join(reports.get(b));
            outputs.add(b.name() + ": " + report.summary());
            warnings.addAll(report.warnings());
            figures.putAll(report.figures());
        }
        writeWarnings(dir, warnings);
        return new ArticleResult(script.title(), dir, outputs, warnings, figures);
    }

    private static List<Object> publishedBy(List<CompletableFuture<BackendReport>> producers) {
        List<Object> results = new ArrayList<>();
        for (CompletableFuture<BackendReport> p : producers) {
            results.addAll(p.join().published());
        }
        return results;
    }

    /**
     * Producers before the backends that need them (the order of the list otherwise).
     *
     * @throws IllegalStateException when a backend needs what no chosen backend publishes
     */
    static List<Backend> inDependencyOrder(List<Backend> backends) {
        List<Backend> ordered = new ArrayList<>();
        Set<Class<?>> available = new HashSet<>();
        List<Backend> waiting = new ArrayList<>(backends);
        while (!waiting.isEmpty()) {
            Backend ready = waiting.stream().filter(b -> available.containsAll(b.needs())).findFirst()
                    .orElseThrow(() -> new IllegalStateException("backends wait for results nobody publishes: " + waiting));
            waiting.remove(ready);
            ordered.add(ready);
            available.addAll(ready.publishes());
        }
        return ordered;
    }

    private static BackendReport write(Backend backend, BackendInput input, Path dir) {
        try (StagingFolder staging = StagingFolder.in(dir)) {
            BackendReport report = backend.write(input, staging.path());
            staging.publish();
            return report;
        } catch (IOException e) {
            throw new OutputException("cannot write the " + backend.name() + " output in " + dir + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Waits for a result and rethrows a failure as the exception it was, not wrapped. */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            while (cause instanceof CompletionException && cause.getCause() != null) {
                cause = cause.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static void writeWarnings(Path dir, List<String> warnings) {
        Path file = dir.resolve("warnings.txt");
        if (warnings.isEmpty()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new OutputException("cannot remove stale " + file + ": " + e.getMessage(), e);
            }
            return;
        }
        AtomicFiles.writeString(file, String.join("\n", warnings) + "\n");
    }
}
