package org.lector.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A fresh folder inside an article's folder where one backend writes. {@link #publish()} moves
 * each finished file or folder over its old version by rename, so a reader of the article folder
 * sees either the previous complete output or the new one, never a half-written file. The folder's
 * name starts with {@link AtomicFiles#TEMP_PREFIX}: whatever a killed run leaves there is known to
 * be unfinished, and the next run removes it ({@link #removeLeftovers}).
 */
final class StagingFolder implements AutoCloseable {
    private final Path articleDir;
    private final Path dir;

    private StagingFolder(Path articleDir, Path dir) {
        this.articleDir = articleDir;
        this.dir = dir;
    }

    static StagingFolder in(Path articleDir) {
        try {
            Files.createDirectories(articleDir);
            if (Files.isSymbolicLink(articleDir)) {
                throw OutputException.symbolicLink(articleDir); // made a link since the run checked it
            }
            return new StagingFolder(articleDir,
                    Files.createDirectory(articleDir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID())));
        } catch (IOException e) {
            throw new OutputException("cannot write into " + articleDir + ": " + AtomicFiles.describe(e), e);
        }
    }

    Path path() {
        return dir;
    }

    /**
     * Moves everything written into place: files replace files, folders replace whole folders.
     * Nothing is moved when a name to replace is a symbolic link (audio/ linked to a folder
     * elsewhere): Lector does not write through links, nor replace the user's links.
     */
    void publish() {
        List<Path> written = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(written::add);
        } catch (IOException e) {
            throw new OutputException("cannot read back " + dir + ": " + AtomicFiles.describe(e), e);
        }
        for (Path entry : written) {
            Path target = articleDir.resolve(entry.getFileName().toString());
            if (Files.isSymbolicLink(target)) {
                throw OutputException.symbolicLink(target);
            }
        }
        try {
            for (Path entry : written) {
                Path target = articleDir.resolve(entry.getFileName().toString());
                if (Files.isDirectory(target) && !Files.isSymbolicLink(target)) {
                    // a folder (audio/) cannot be renamed over a non-empty one: move the old one
                    // aside first, so the window without a complete folder is two renames long
                    Path old = articleDir.resolve(AtomicFiles.TEMP_PREFIX + "old-" + UUID.randomUUID());
                    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                    AtomicFiles.moveIntoPlace(entry, target);
                    deleteTree(old);
                } else {
                    AtomicFiles.moveIntoPlace(entry, target);
                }
            }
        } catch (IOException e) {
            throw new OutputException("cannot move finished output into " + articleDir + ": " + AtomicFiles.describe(e), e);
        }
    }

    @Override
    public void close() {
        deleteTree(dir);
    }

    /** Deletes what interrupted runs left in an article folder. */
    static void removeLeftovers(Path articleDir) {
        if (!Files.isDirectory(articleDir, LinkOption.NOFOLLOW_LINKS)) {
            return; // nothing there, or a link, which the caller refuses to write through
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(articleDir, AtomicFiles.TEMP_PREFIX + "*")) {
            for (Path entry : entries) {
                deleteTree(entry);
            }
        } catch (IOException e) {
            throw new OutputException("cannot clean up " + articleDir + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Deletes a file or folder; a link inside (or {@code root} itself, if a link) is deleted, never what it points to. */
    private static void deleteTree(Path root) {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) { // does not follow links
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // left behind under the temporary prefix, which marks it as unfinished; the next run retries
        }
    }
}
