package org.lector.cli;

/** The exit codes Lector documents in its README; each names a different thing to fix. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug in Lector: please report it with the input (rerun with --debug for details). */
    public static final int INTERNAL_ERROR = 1;
    /** A wrong command line: unknown option, missing input, bad value. */
    public static final int USAGE = 2;
    /** The input cannot be read: missing file, a directory, no permission. */
    public static final int INPUT_UNREADABLE = 3;
    /** The input is not wikitext or an export Lector can read: binary data, broken XML. */
    public static final int INPUT_INVALID = 4;
    /** The output folder or a file in it cannot be written. */
    public static final int OUTPUT_UNWRITABLE = 5;
    /** The input is larger than the limit (see --max-input-size). */
    public static final int INPUT_TOO_LARGE = 6;
    /** Some articles (perhaps all) could not be converted; the others were. Each is on stderr and in OUT/failed.txt. */
    public static final int SOME_ARTICLES_FAILED = 7;

    private ExitCodes() {
    }
}
