package org.lector.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads a file an option names ({@code --lexicon}, {@code --acronyms}, a voice profile's lexicon):
 * a regular file (a link to one is fine) of at most {@value #MAX_MEGABYTES} MB, read whole. A
 * folder, a device ({@code /dev/zero} never ends), a pipe or a huge file is refused before a byte
 * is read, with a reason that fits in a one-line message.
 */
public final class UserFiles {
    /** The shipped lexicon is 0.03 MB and the acronym list 0.002 MB; 16 MB is room for any real list. */
    public static final int MAX_MEGABYTES = 16;
    public static final long MAX_BYTES = MAX_MEGABYTES * 1024L * 1024L;

    private UserFiles() {
    }

    /** @throws IOException when {@code file} is missing, not a regular file, or too large; {@link #reason} says which */
    public static void check(Path file) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        if (attributes.isDirectory()) {
            throw new IOException("it is a folder, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new IOException("it is not a regular file (a device or a pipe?)");
        }
        if (attributes.size() > MAX_BYTES) {
            throw tooLarge();
        }
    }

    /** The whole file, checked first and read no further than the limit (a file may grow while it is read). */
    public static byte[] read(Path file) throws IOException {
        check(file);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw tooLarge();
            }
            return bytes;
        }
    }

    private static IOException tooLarge() {
        return new IOException("it is larger than " + MAX_MEGABYTES + " MB, the limit for a file an option names");
    }

    /** What is wrong with the file, for a message that names it already. */
    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
