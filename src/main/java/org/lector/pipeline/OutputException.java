package org.lector.pipeline;

/** An output folder or file that cannot be written; the user can fix it (permissions, disk). */
public final class OutputException extends RuntimeException {
    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
