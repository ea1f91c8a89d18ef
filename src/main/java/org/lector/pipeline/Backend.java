package org.lector.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * One output format written from the reading script. A backend writes plain files (and folders)
 * into {@code stagingDir}, a fresh folder beside the article's folder; the pipeline moves them
 * into place only once the backend has returned, so a backend never needs to think about
 * half-written files.
 *
 * <p>A backend may need what another publishes (the audio backend publishes the
 * {@link org.lector.script.TimedScript}, which talking books need): it names the result types in
 * {@link #needs()}, the producer names them in {@link #publishes()}, and the pipeline runs the
 * backends of an article as that small graph, each as soon as what it needs is there, the
 * independent ones side by side. The backend packages ({@code audio}, {@code pdf}, {@code braille})
 * sit below {@code pipeline} and never import each other, so each has a small adapter here.
 */
public interface Backend {
    /** The name used with {@code --to}. */
    String name();

    /** The result types this backend reads from others ({@link BackendInput#result}); most need none. */
    default Set<Class<?>> needs() {
        return Set.of();
    }

    /** The result types this backend hands to others ({@link BackendReport#published()}); most hand on none. */
    default Set<Class<?>> publishes() {
        return Set.of();
    }

    /**
     * Writes this backend's files for one article into {@code stagingDir}; returns a short summary
     * for the user, any warnings (characters a font lacks, say) and what it publishes.
     */
    BackendReport write(BackendInput input, Path stagingDir) throws IOException;
}
