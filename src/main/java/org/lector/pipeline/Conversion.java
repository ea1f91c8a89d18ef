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
 *
 * <p><b>Failures.</b> One article's failure never ends a run: whatever making its script or any
 * backend throws (an exception, or the stack or heap that article used up), and an article folder
 * Lector will not write into (a symbolic link, a file in the way), is reported to the listener
 * and listed in {@code OUT/failed.txt}, and the other articles go on; the backends of the failed
 * article that did finish keep their outputs. What stops a run (after the articles already
 * started are finished, so none is left half-published) is what every later article would meet
 * too, rethrown as it was: the output folder that cannot be made, locked or written any more
 * ({@link OutputException}: the disk is full, the file system read-only, another run holds the
 * folder), an input that turns out malformed half-way ({@code InputException}), and errors
 * that are no article's (a class missing from the build).
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
     * Converts every article, telling {@code listener} of each in input order. The output folder
     * is made and locked when the input turns out to hold an article, so a refused input leaves
     * nothing behind.
     *
     * @throws OutputException when the output folder as a whole cannot be used (see above)
     */
    public ConversionResult run(ArticleStream articles, ConversionListener listener) {
        return run(new ScriptSource() {
            @Override
            public boolean hasNext() {
                return articles.hasNext();
            }

            @Override
            public PendingArticle next() {
                RawArticle raw = articles.next();
                return new PendingArticle(raw.title(), () -> converter.toScript(raw));
            }
        }, listener);
    }

    /** Converts a stored reading script (script.jsonl, read back) as if it had just been made. */
    public ConversionResult run(ReadingScript stored, ConversionListener listener) {
        return run(ScriptSource.of(List.of(stored)), listener);
    }

    /** Runs over any source of scripts (tests give one whose scripts fail). */
    ConversionResult run(ScriptSource articles, ConversionListener listener) {
        if (!articles.hasNext()) {
            return new ConversionResult(0, 0, null);
        }
        try (OutputFolder folder = OutputFolder.open(outputRoot)) {
            return run(articles, listener, folder);
        }
    }

    private ConversionResult run(ScriptSource articles, ConversionListener listener, OutputFolder folder) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("lector-article"));
        // backends run apart from the article threads that wait for them (sharing one pool would
        // deadlock once every thread waited); at most (threads + 1) × backends are busy
        ExecutorService backendPool = Executors.newCachedThreadPool(daemon("lector-backend"));
        int permits = threads + 1;
        Semaphore inFlight = new Semaphore(permits);
        FailedList failed = new FailedList(folder.real());
        CompletableFuture<String> previousSlug = CompletableFuture.completedFuture(null);
        CompletableFuture<Void> reported = CompletableFuture.completedFuture(null);
        int count = 0;
        try {
            while (articles.hasNext() && !reported.isCompletedExceptionally()) {
                PendingArticle next = articles.next();
                int position = ++count;
                inFlight.acquireUninterruptibly();
                CompletableFuture<ReadingScript> script = CompletableFuture.supplyAsync(() -> script(next), pool);
                // names are handed out in input order: each waits for the one before it
                CompletableFuture<String> slug = previousSlug.thenCombine(script, (before, s) -> slugs.unique(s.title()));
                CompletableFuture<ArticleResult> written = script.thenCombineAsync(slug, (sc, sl) -> write(sc, sl, folder, backendPool), pool);
                written.whenComplete((r, e) -> inFlight.release());
                // a run-wide failure is thrown here, which stops the reports and then the loop
                CompletableFuture<Runnable> report = written.handle((r, e) -> {
                    if (e == null) {
                        return () -> listener.converted(r);
                    }
                    ArticleFailure f = failure(position, next.title(), e, folder);
                    return () -> {
                        failed.add(f);
                        listener.failed(f);
                    };
                });
                reported = reported.thenCombine(report, (nothing, tell) -> {
                    tell.run();
                    return null;
                });
                previousSlug = slug.exceptionally(e -> null); // only the order matters to the next one
            }
            join(reported);
            failed.finish();
            return new ConversionResult(count, failed.count(), failed.count() == 0 ? null : folder.shown().resolve(FailedList.FILE));
        } catch (RuntimeException | Error e) {
            // let the articles already started finish, so none is left half-published
            inFlight.acquireUninterruptibly(permits);
            try {
                failed.finish(); // what failed before the stop is still worth knowing
            } catch (OutputException ignored) {
                failed.abandon();
            }
            throw e;
        } finally {
            pool.shutdown();
            backendPool.shutdown();
        }
    }

    /** Makes the article's script, marking a failure as the script's. */
    private static ReadingScript script(PendingArticle article) {
        try {
            return article.script().get();
        } catch (RuntimeException | Error e) {
            throw new FailedStages(List.of(new FailedStages.Stage("script", e)));
        }
    }

    /**
     * The article's failure as the listener hears of it.
     *
     * @throws RuntimeException or Error: the failure itself, when it is the run's, not the article's
     */
    private static ArticleFailure failure(int position, String title, Throwable thrown, OutputFolder folder) {
        Throwable t = unwrap(thrown);
        List<FailedStages.Stage> stages = t instanceof FailedStages f ? f.stages() : List.of(new FailedStages.Stage(null, t));
        List<String> reasons = new ArrayList<>();
        for (FailedStages.Stage s : stages) {
            if (!FailureReasons.isArticles(s.cause()) || folder.isUnusable(s.cause())) {
                throw rethrown(s.cause());
            }
            reasons.add((s.name() == null ? "" : s.name() + ": ") + FailureReasons.of(s.cause()));
        }
        return new ArticleFailure(position, title, String.join("; ", reasons), stages.get(0).cause());
    }

    private static RuntimeException rethrown(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private ArticleResult write(ReadingScript script, String slug, OutputFolder folder, ExecutorService backendPool) {
        OutputFolder.ArticleFolder article;
        try {
            article = folder.articleFolder(slug);
            StagingFolder.removeLeftovers(article.real());
        } catch (OutputException e) {
            throw new FailedStages(List.of(new FailedStages.Stage(null, e)));
        }
        Path dir = article.real();
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
        List<FailedStages.Stage> failures = new ArrayList<>();
        Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Backend b : runOrder) {
            Throwable cause = reports.get(b).handle((r, e) -> e == null ? null : unwrap(e)).join();
            if (cause != null && seen.add(cause)) {
                failures.add(new FailedStages.Stage(b.name(), cause));
            }
        }
        List<String> outputs = new ArrayList<>();
        List<String> warnings = new ArrayList<>(script.warnings());
        Map<String, Double> figures = new LinkedHashMap<>();
        for (Backend b : backends) {
            if (!reports.get(b).isCompletedExceptionally()) {
                BackendReport report = reports.get(b).join();
                outputs.add(b.name() + ": " + report.summary());
                warnings.addAll(report.warnings());
                figures.putAll(report.figures());
            }
        }
        // the warnings of what was written, even when another backend failed
        writeWarnings(dir, warnings);
        if (!failures.isEmpty()) {
            throw new FailedStages(failures);
        }
        return new ArticleResult(script.title(), article.shown(), outputs, warnings, figures);
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
            throw rethrown(unwrap(e));
        }
    }

    /** The failure itself, out of the CompletionExceptions a chain of futures wraps it in. */
    private static Throwable unwrap(Throwable e) {
        Throwable cause = e;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
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
