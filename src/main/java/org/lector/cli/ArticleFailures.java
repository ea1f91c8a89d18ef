package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.lector.pipeline.ArticleFailure;
import org.lector.pipeline.PrintableText;

/**
 * Tells the user of the articles a run could not convert: one line each on stderr as they come
 * (the stack trace too with --debug), and a last line with the count. The run goes on after each.
 */
final class ArticleFailures {
    private final PrintWriter err;
    private final boolean debug;
    private int count;

    ArticleFailures(PrintWriter err, boolean debug) {
        this.err = err;
        this.debug = debug;
    }

    void add(ArticleFailure f) {
        count++;
        err.println("lector: failed: " + PrintableText.line(f.title()) + " (article " + f.position() + "): "
                + PrintableText.line(f.reason()));
        if (debug && f.cause() != null) {
            f.cause().printStackTrace(err);
        }
        err.flush();
    }

    int count() {
        return count;
    }

    /**
     * The exit code for the run so far: {@link ExitCodes#SOME_ARTICLES_FAILED} after printing the
     * count (and where the list is), when any article failed; else {@link ExitCodes#OK}.
     *
     * @param list the file listing them, or null when there is none (lector script)
     */
    int finish(int articles, Path list) {
        if (count == 0) {
            return ExitCodes.OK;
        }
        String listed = list == null ? "" : " (listed in " + list + ")";
        err.println("lector: " + (count < articles ? count + " of " + articles + " articles failed" + listed + "; the others were converted"
                : articles == 1 ? "the article failed" + listed : "all " + articles + " articles failed" + listed));
        err.flush();
        return ExitCodes.SOME_ARTICLES_FAILED;
    }
}
