package org.lector.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * {@code OUT/failed.txt}: the articles of the last run that could not be converted, one a line
 * (position in the input, title, reason, separated by tabs), so a dump's failures can be found and
 * retried. It is written as the run goes into a temporary file (a dump may fail by the thousand,
 * more than is worth holding in memory) and moved into place at the end; a run with no failure
 * removes the file an earlier run left.
 */
final class FailedList {
    static final String FILE = "failed.txt";
    private static final String HEADER = "# articles that failed in the last run into this folder: position in the input, title, reason (tab-separated)";

    private final Path dir;
    private Path temp;
    private BufferedWriter out;
    private int count;

    FailedList(Path dir) {
        this.dir = dir;
    }

    void add(ArticleFailure failure) {
        try {
            if (out == null) {
                temp = Files.createFile(dir.resolve(AtomicFiles.TEMP_PREFIX + UUID.randomUUID() + ".tmp"));
                out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                out.write(HEADER + "\n");
            }
            out.write(failure.position() + "\t" + PrintableText.line(failure.title()) + "\t" + PrintableText.line(failure.reason()) + "\n");
            count++;
        } catch (IOException e) {
            throw new OutputException("cannot write " + dir.resolve(FILE) + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Puts the list in place, or removes an old one when this run had no failure. */
    void finish() {
        Path target = dir.resolve(FILE);
        try {
            if (out == null) {
                Files.deleteIfExists(target);
                return;
            }
            out.close();
            AtomicFiles.moveIntoPlace(temp, target);
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + AtomicFiles.describe(e), e);
        }
    }

    /** Drops the unfinished list when even that cannot be written (its temporary name marks it unfinished anyway). */
    void abandon() {
        try {
            if (out != null) {
                out.close();
                Files.deleteIfExists(temp);
            }
        } catch (IOException ignored) {
            // left under the temporary prefix; the next run into this folder removes it
        }
    }

    int count() {
        return count;
    }
}
