package org.lector.source;

/**
 * A problem with the input that the user caused and can fix (missing file, binary file, malformed
 * XML, file too large). The message is one line meant for the user; the CLI prints it without a
 * stack trace and maps {@link #kind()} to an exit code.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, coarse enough to choose an exit code. */
    public enum Kind {
        /** The input could not be opened or read (missing, a directory, no permission, I/O error). */
        UNREADABLE,
        /** The input was read but is not usable as wikitext or export XML. */
        INVALID,
        /** The input exceeds the configured size limit. */
        TOO_LARGE
    }

    private final Kind kind;

    public InputException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public InputException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
