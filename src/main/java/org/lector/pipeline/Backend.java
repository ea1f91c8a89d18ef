package org.lector.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import org.lector.script.ReadingScript;

/**
 * One output format written from the reading script. A backend writes plain files (and folders)
 * into {@code stagingDir}, a fresh folder beside the article's folder; the pipeline moves them
 * into place only once the backend has returned, so a backend never needs to think about
 * half-written files. The backend packages ({@code audio}, {@code pdf}, {@code braille}) sit below
 * {@code pipeline}, so each has a small adapter here that implements this interface.
 */
public interface Backend {
    /** The name used with {@code --to}. */
    String name();

    /**
     * Writes this backend's files for one article into {@code stagingDir}; returns a short summary
     * for the user and any warnings (characters a font lacks, say).
     */
    BackendReport write(ReadingScript script, String slug, Path stagingDir) throws IOException;
}
