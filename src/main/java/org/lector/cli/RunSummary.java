package org.lector.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lector.pipeline.ArticleResult;
import org.lector.pipeline.BackendReport;

/**
 * The last line of a conversion: how many articles went where, and what they came to — chapters
 * and minutes of audio, PDF pages, braille pages, warnings — added up over the whole run.
 */
final class RunSummary {
    private final Map<String, Double> totals = new LinkedHashMap<>();
    private final long started = System.nanoTime();
    private int articles;

    void add(ArticleResult result) {
        articles++;
        result.figures().forEach((k, v) -> totals.merge(k, v, Double::sum));
    }

    /** @param warnings the run's warnings, counted by {@link WarningSummary} */
    String line(Path out, int warnings) {
        List<String> parts = new ArrayList<>();
        if (totals.containsKey(BackendReport.CHAPTERS)) {
            parts.add(count(BackendReport.CHAPTERS) + String.format(Locale.ROOT, " (%.1f minutes of audio)",
                    totals.getOrDefault(BackendReport.AUDIO_MINUTES, 0.0)));
        }
        for (String key : List.of(BackendReport.PDF_PAGES, BackendReport.BRAILLE_PAGES)) {
            if (totals.containsKey(key)) {
                parts.add(count(key));
            }
        }
        parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        return "Done: " + articles + (articles == 1 ? " article" : " articles") + " into " + out + " in " + seconds + " s: "
                + String.join(", ", parts) + ".";
    }

    private String count(String key) {
        return Math.round(totals.get(key)) + " " + key;
    }
}
