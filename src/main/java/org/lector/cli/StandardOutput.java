package org.lector.cli;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.lector.pipeline.OutputException;

/**
 * Standard output, and its write errors not lost. The launcher keeps the JVM's own descriptor 1
 * for the JVM (a crash banner goes there whatever its flags say, so the launcher makes it stderr)
 * and names Lector's standard output in {@code -Dlector.stdout} ({@code /dev/fd/3}); without that
 * property (a plain {@code java -jar}) it is {@link System#out}.
 *
 * <p>Write errors are not lost: a PrintStream or PrintWriter never throws, a full disk
 * ({@code > /dev/full}) or a reader that went away only sets a flag, and a program that does not
 * look at it exits 0 with its output gone. Commands look with {@link #check} after each article
 * they print, and {@link Main} once more at the end.
 */
final class StandardOutput {
    static final String LOST = "cannot write to standard output (disk full, or the reader closed it); the output is incomplete";

    private static final String PROPERTY = "lector.stdout";

    private StandardOutput() {
    }

    /** Where Lector's standard output goes: what {@code -Dlector.stdout} names, else {@link System#out}. */
    static PrintStream stream() {
        String path = System.getProperty(PROPERTY);
        if (path == null) {
            return System.out;
        }
        try {
            // appending, as the shell's own descriptor would: a file the caller wrote into already keeps its start
            return new PrintStream(new BufferedOutputStream(new FileOutputStream(path, true)), false, charset());
        } catch (IOException e) {
            return System.out; // a descriptor that cannot be opened by name (a socket): the JVM's own
        }
    }

    /** The charset the JVM gives System.out: stdout.encoding (Java 19 and later), sun.stdout.encoding, else the default. */
    private static Charset charset() {
        for (String property : new String[] {"stdout.encoding", "sun.stdout.encoding"}) {
            String name = System.getProperty(property);
            if (name != null && Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        }
        return Charset.defaultCharset();
    }

    /** {@code stream} as a writer whose {@link PrintWriter#checkError()} also sees the stream's own errors. */
    static PrintWriter of(PrintStream stream) {
        return new PrintWriter(stream, true) {
            @Override
            public boolean checkError() {
                return super.checkError() | stream.checkError();
            }
        };
    }

    /** @throws OutputException when anything written to {@code out} so far was lost */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            throw new OutputException(LOST, null);
        }
    }
}
