package org.lector.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;

/**
 * The {@code --out} folder of one run: made once, its real path resolved once (so {@code --out}
 * may be a link to a folder of the user's choosing, but swapping that link mid-run redirects
 * nothing), and locked for the run. The lock is {@value #LOCK_FILE} in the folder, held with
 * {@link FileChannel#tryLock()}: a second run into the same folder is refused at once instead of
 * deleting the first run's live staging folders as leftovers. The operating system drops the lock
 * when the process ends, however it ends, so a killed run blocks nobody. The file itself stays,
 * holding the pid of the last run that had the folder (what a refused run names): deleting it
 * would let two later runs lock two different files of the same name.
 *
 * <p>Article folders are made only through {@link #articleFolder}, which refuses a name that is a
 * symbolic link: Lector never writes into, nor deletes in, a folder outside {@code --out}.
 */
final class OutputFolder implements AutoCloseable {
    static final String LOCK_FILE = ".lector-lock";
    /** Failures of the file system as a whole: every later article would fail the same way. */
    private static final List<String> FILE_SYSTEM_FULL_OR_GONE = List.of(
            "No space left on device", "Disk quota exceeded", "Read-only file system");

    private final Path shown;
    private final Path real;
    private final FileChannel lockFile;
    private final FileLock lock;

    private OutputFolder(Path shown, Path real, FileChannel lockFile, FileLock lock) {
        this.shown = shown;
        this.real = real;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * Makes the folder if needed and locks it.
     *
     * @throws OutputException when it cannot be made or written, or another run holds it
     */
    static OutputFolder open(Path out) {
        Path real;
        try {
            Files.createDirectories(out);
            real = out.toRealPath();
        } catch (IOException e) {
            throw new OutputException("cannot create the output folder " + out + ": " + AtomicFiles.describe(e), e);
        }
        Path lockPath = real.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            // never through a link: opening it for writing would create or lock a file elsewhere
            channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new OutputException("cannot write into the output folder " + out + ": "
                    + (Files.isSymbolicLink(lockPath) ? lockPath + " is a symbolic link" : AtomicFiles.describe(e)), e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // another conversion of this same process holds it
        } catch (IOException e) {
            // a file system without locks (some network mounts): run unlocked rather than not at all
            return new OutputFolder(out, real, channel, null).cleanedUp();
        }
        if (lock == null) {
            String holder = readPid(channel);
            closeQuietly(channel);
            throw new OutputException("another Lector run is writing into " + out + " (pid " + holder
                    + "); wait for it or choose another --out", null);
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new OutputException("cannot write into the output folder " + out + ": " + AtomicFiles.describe(e), e);
        }
        return new OutputFolder(out, real, channel, lock).cleanedUp();
    }

    /** What killed runs left at the top of the folder (a half-written failed.txt); no live run has any, since we hold the lock. */
    private OutputFolder cleanedUp() {
        try {
            StagingFolder.removeLeftovers(real);
            return this;
        } catch (OutputException e) {
            close();
            throw e;
        }
    }

    /** The folder as the user named it, for messages and reports. */
    Path shown() {
        return shown;
    }

    Path real() {
        return real;
    }

    /** An article's folder: where to write ({@code real}) and how to name it to the user ({@code shown}). */
    record ArticleFolder(Path real, Path shown) {
    }

    /**
     * The folder for {@code slug}, checked before anything is written or deleted in it.
     *
     * @throws OutputException when the name is a symbolic link or a file
     */
    ArticleFolder articleFolder(String slug) {
        ArticleFolder folder = new ArticleFolder(real.resolve(slug), shown.resolve(slug));
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(folder.real(), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return folder; // made when the first backend stages its files
        } catch (IOException e) {
            throw new OutputException("cannot write into " + folder.shown() + ": " + AtomicFiles.describe(e), e);
        }
        if (attributes.isSymbolicLink()) {
            throw OutputException.symbolicLink(folder.shown());
        }
        if (!attributes.isDirectory()) {
            throw new OutputException(folder.shown() + " is a file, not a folder; move it away to convert this article", null);
        }
        return folder;
    }

    /**
     * Whether a failure is the output folder's rather than one article's, so that every later
     * article would fail the same way: the disk is full, the file system read-only, or the folder
     * itself can no longer be written.
     */
    boolean isUnusable(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < 20; depth++, t = t.getCause()) {
            String message = t instanceof FileSystemException fs ? fs.getReason() : t.getMessage();
            if ((t instanceof IOException || t instanceof OutputException) && message != null
                    && FILE_SYSTEM_FULL_OR_GONE.stream().anyMatch(message::contains)) {
                return true;
            }
        }
        return failure instanceof OutputException && !(Files.isDirectory(real) && Files.isWritable(real));
    }

    private static String readPid(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            channel.read(buffer, 0);
            String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return pid.matches("[0-9]{1,19}") ? pid : "unknown";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // only a lock file we did not get
        }
    }

    /** Lets go of the folder; the next run may have it. */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        } finally {
            closeQuietly(lockFile);
        }
    }
}
