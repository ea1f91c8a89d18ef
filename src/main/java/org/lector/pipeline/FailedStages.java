package org.lector.pipeline;

import java.util.List;

/**
 * The parts of one article's conversion that failed: making its script, or one or more backends
 * (each distinct failure once: a backend waiting for a failed one fails with the same cause).
 * A {@code stage} of null is the article's folder itself (a link, a file in the way).
 */
final class FailedStages extends RuntimeException {
    private static final long serialVersionUID = 1L;

    record Stage(String name, Throwable cause) {
    }

    private final transient List<Stage> stages;

    FailedStages(List<Stage> stages) {
        super(null, stages.get(0).cause(), false, false); // carries causes only: no trace of its own
        this.stages = List.copyOf(stages);
    }

    List<Stage> stages() {
        return stages;
    }
}
