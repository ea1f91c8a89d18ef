package org.lector.pipeline;

import java.util.List;
import org.lector.script.ReadingScript;

/**
 * What a backend is given for one article: the script, the article's folder name, and the
 * results published by the backends it declared it needs.
 */
public record BackendInput(ReadingScript script, String slug, List<Object> results) {
    public BackendInput {
        results = List.copyOf(results);
    }

    public BackendInput(ReadingScript script, String slug) {
        this(script, slug, List.of());
    }

    /** The published result of this type; the pipeline guarantees one for every type in {@link Backend#needs()}. */
    public <T> T result(Class<T> type) {
        for (Object r : results) {
            if (type.isInstance(r)) {
                return type.cast(r);
            }
        }
        throw new IllegalStateException("no " + type.getSimpleName() + " was published for this backend");
    }
}
