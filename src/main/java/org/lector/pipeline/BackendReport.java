package org.lector.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a backend tells the user about one article: a one-line summary, its own warnings, the
 * figures a run adds up over all its articles ({@link #CHAPTERS}, {@link #AUDIO_MINUTES}, …),
 * and the results it publishes for backends that need them.
 */
public record BackendReport(String summary, List<String> warnings, Map<String, Double> figures, List<Object> published) {
    public static final String CHAPTERS = "chapters";
    public static final String AUDIO_MINUTES = "minutes of audio";
    public static final String PDF_PAGES = "PDF pages";
    public static final String BRAILLE_PAGES = "braille pages";

    public BackendReport {
        warnings = List.copyOf(warnings);
        figures = Map.copyOf(figures);
        published = List.copyOf(published);
    }

    public BackendReport(String summary, List<String> warnings, Map<String, Double> figures) {
        this(summary, warnings, figures, List.of());
    }

    public BackendReport(String summary, List<String> warnings) {
        this(summary, warnings, Map.of(), List.of());
    }

    public static BackendReport of(String summary) {
        return new BackendReport(summary, List.of());
    }
}
