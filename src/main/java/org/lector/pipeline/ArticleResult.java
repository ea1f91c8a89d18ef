package org.lector.pipeline;

import java.nio.file.Path;
import java.util.List;

/** What converting one article produced: where, a line per backend, and its warnings. */
public record ArticleResult(String title, Path directory, List<String> outputs, List<String> warnings,
                            java.util.Map<String, Double> figures) {
    public ArticleResult {
        outputs = List.copyOf(outputs);
        warnings = List.copyOf(warnings);
        figures = java.util.Map.copyOf(figures);
    }
}
