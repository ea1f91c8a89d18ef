package org.lector.pipeline;

import java.io.UncheckedIOException;
import org.lector.audio.AudioException;
import org.lector.braille.BrailleException;
import org.lector.source.InputException;

/** Says in one line why an article failed, and whether a run may go on after it. */
public final class FailureReasons {
    private FailureReasons() {
    }

    /**
     * The message of a failure the user can act on (an output that cannot be written, a braille
     * table that cannot translate), else what went wrong inside Lector, which is a bug to report.
     */
    public static String of(Throwable t) {
        if (t instanceof StackOverflowError) {
            return "nested too deeply to convert (stack overflow)";
        }
        if (t instanceof OutOfMemoryError) {
            return "needs more memory than Java was given (out of memory)";
        }
        if ((t instanceof OutputException || t instanceof InputException || t instanceof BrailleException
                || t instanceof AudioException || t instanceof UncheckedIOException) && t.getMessage() != null) {
            return t.getMessage();
        }
        return "internal error: " + t + " (rerun with --debug for details, and please report it)";
    }

    /**
     * Whether {@code t} is one article's own failure, after which the run goes on: any exception,
     * and the stack or the heap one article used up (both are free again once it is dropped).
     * Other errors (a class missing from the build, a broken JVM) would fail every article alike.
     */
    public static boolean isArticles(Throwable t) {
        return t instanceof Exception || t instanceof StackOverflowError || t instanceof OutOfMemoryError;
    }
}
