package org.lector.pipeline;

import java.nio.file.Path;
import org.lector.script.ReadingScript;

/** One output format written from the reading script into the article's output folder. */
public interface Backend {
    /** The name used with {@code --to}. */
    String name();

    /** Writes this backend's files for one article; returns a short summary for the user. */
    String write(ReadingScript script, String slug, Path articleDir);
}
