package org.lector.pipeline;

import java.util.List;

/** What a backend tells the user about one article: a one-line summary and its own warnings. */
public record BackendReport(String summary, List<String> warnings) {
    public BackendReport {
        warnings = List.copyOf(warnings);
    }

    public static BackendReport of(String summary) {
        return new BackendReport(summary, List.of());
    }
}
