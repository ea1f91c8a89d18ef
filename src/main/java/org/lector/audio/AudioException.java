package org.lector.audio;

/** A problem the user can fix: an unknown voice, a broken voice profile, an engine that fails to start. */
public final class AudioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AudioException(String message) {
        super(message);
    }

    public AudioException(String message, Throwable cause) {
        super(message, cause);
    }
}
