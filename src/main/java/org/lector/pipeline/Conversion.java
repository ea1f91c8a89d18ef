package org.lector.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleStream;
import org.lector.source.RawArticle;

/**
 * Converts every article of an input into the chosen outputs, article by article, so a dump of
 * any size needs only one article in memory at a time. Each article gets its own folder
 * {@code OUT/<slug>/}, with {@code warnings.txt} when anything was repaired or dropped.
 */
public final class Conversion {
    private final Path outputRoot;
    private final List<Backend> backends;
    private final ArticleConverter converter;
    private final Slugs slugs = new Slugs();

    public Conversion(Path outputRoot, List<Backend> backends, ArticleConverter converter) {
        this.outputRoot = outputRoot;
        this.backends = List.copyOf(backends);
        this.converter = converter;
    }

    /** Converts every article, telling {@code onArticle} of each; returns how many there were. */
    public int run(ArticleStream articles, Consumer<ArticleResult> onArticle) {
        int count = 0;
        while (articles.hasNext()) {
            onArticle.accept(convert(articles.next()));
            count++;
        }
        return count;
    }

    public ArticleResult convert(RawArticle raw) {
        ReadingScript script = converter.toScript(raw);
        String slug = slugs.unique(script.title());
        Path dir = outputRoot.resolve(slug);
        StagingFolder.removeLeftovers(dir);
        List<String> outputs = new ArrayList<>();
        List<String> warnings = new ArrayList<>(script.warnings());
        for (Backend b : backends) {
            BackendReport report = write(b, script, slug, dir);
            outputs.add(b.name() + ": " + report.summary());
            warnings.addAll(report.warnings());
        }
        writeWarnings(dir, warnings);
        return new ArticleResult(script.title(), dir, outputs, warnings);
    }

    private static BackendReport write(Backend backend, ReadingScript script, String slug, Path dir) {
        try (StagingFolder staging = StagingFolder.in(dir)) {
            BackendReport report = backend.write(script, slug, staging.path());
            staging.publish();
            return report;
        } catch (IOException e) {
            throw new OutputException("cannot write the " + backend.name() + " output in " + dir + ": " + AtomicFiles.describe(e), e);
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
