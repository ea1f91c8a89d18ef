package org.lector.braille;

/** A table list that does not compile, or a translation liblouis gives up on. */
public final class BrailleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BrailleException(String message, Throwable cause) {
        super(message, cause);
    }
}
