package org.lector.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.lector.pipeline.ArticleResult;
import org.lector.pipeline.PrintableText;

/**
 * Collects the warnings of a run and lists them once, at the end, where a user looks: the first
 * few in full (with the article they belong to when there are several), then a count of the rest.
 * Every warning is also in its article's {@code warnings.txt}.
 */
final class WarningSummary {
    /** Enough to see what went wrong with one article; a dump's thousands stay in the files. */
    static final int SHOWN = 15;

    private record Shown(String article, String warning) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private int total;
    private int articles;
    private int articlesWithWarnings;
    private ArticleResult first;

    void add(ArticleResult result) {
        articles++;
        if (result.warnings().isEmpty()) {
            return;
        }
        articlesWithWarnings++;
        if (first == null) {
            first = result;
        }
        for (String w : result.warnings()) {
            total++;
            if (shown.size() < SHOWN) {
                shown.add(new Shown(result.title(), w));
            }
        }
    }

    /** How many warnings the run had in all. */
    int total() {
        return total;
    }

    void print(PrintWriter err) {
        if (total == 0) {
            return;
        }
        boolean oneArticle = articles == 1;
        err.println("lector: " + total + (total == 1 ? " warning" : " warnings")
                + (oneArticle ? "" : " in " + articlesWithWarnings + " of " + articles + " articles")
                + " (each article's are in its warnings.txt" + (oneArticle ? ": " + first.directory().resolve("warnings.txt") : "") + "):");
        for (Shown s : shown) {
            err.println("  " + PrintableText.line(oneArticle ? s.warning() : s.article() + ": " + s.warning()));
        }
        if (total > shown.size()) {
            err.println("  … and " + (total - shown.size()) + " more");
        }
        err.flush();
    }
}
