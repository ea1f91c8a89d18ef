package org.lector.pipeline;

import java.nio.file.Path;

/** An output folder or file that cannot be written; the user can fix it (permissions, disk). */
public final class OutputException extends RuntimeException {
    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Refuses to write at {@code path}, a symbolic link (perhaps to a folder outside --out). */
    static OutputException symbolicLink(Path path) {
        return new OutputException(path + " is a symbolic link; Lector does not write through links", null);
    }
}
