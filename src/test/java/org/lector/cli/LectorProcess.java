package org.lector.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Lector in a JVM of its own, started as the {@code lector} launcher starts it (the same JVM
 * flags, {@link #JVM_FLAGS}; {@code LauncherTest} checks the launcher has them), for tests of
 * what only a separate process shows: exit codes through {@code System.exit}, a real standard
 * output, a crash, two runs at once, a kill.
 */
final class LectorProcess {
    /** What the launcher passes to java before the main class, with its temporary folder. */
    static final List<String> JVM_FLAGS = List.of(
            "-Xss8m",
            "-XX:ErrorFile=" + Path.of(System.getProperty("java.io.tmpdir"), "lector-hs_err_pid%p.log"),
            "-XX:+DisplayVMOutputToStderr",
            "-XX:-CreateCoredumpOnCrash",
            "-Dlector.stdout=/dev/fd/3");
    /**
     * How the launcher hands java its descriptors: the JVM's own descriptor 1 is stderr (where a
     * crash banner then goes), Lector's output the caller's stdout, as descriptor 3.
     */
    static final String DESCRIPTORS = "exec 3>&1 1>&2";

    /** One finished run: its exit code, what it printed, and its process id. */
    record Result(int code, String out, String err, long pid) {
    }

    private LectorProcess() {
    }

    /** The command line that runs Lector with {@code args}, with extra JVM options (a heap limit) first. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", "-c", DESCRIPTORS + "; exec \"$@\"", "lector"));
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(JVM_FLAGS);
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dlector.home=" + System.getProperty("lector.home", "."));
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    static ProcessBuilder builder(String... args) {
        return new ProcessBuilder(command(List.of(), args));
    }

    /** Runs Lector to its end (at most two minutes) and collects what it printed. */
    static Result run(String... args) {
        return run(List.of(), args);
    }

    static Result run(List<String> jvmOptions, String... args) {
        return run(ProcessBuilder.Redirect.PIPE, null, jvmOptions, args);
    }

    /** A run with standard output sent to {@code stdout} (a file, /dev/full) and in {@code workingDir} (null: this one's). */
    static Result run(ProcessBuilder.Redirect stdout, Path workingDir, List<String> jvmOptions, String... args) {
        try {
            Path out = Files.createTempFile("lector-out", ".txt");
            Path err = Files.createTempFile("lector-err", ".txt");
            try {
                ProcessBuilder b = new ProcessBuilder(command(jvmOptions, args)).redirectError(err.toFile())
                        .redirectOutput(stdout == ProcessBuilder.Redirect.PIPE ? ProcessBuilder.Redirect.to(out.toFile()) : stdout);
                b.environment().put("LC_ALL", "C.UTF-8"); // what is read back as UTF-8 is written as UTF-8, file names too
                if (workingDir != null) {
                    b.directory(workingDir.toFile());
                }
                Process p = b.start();
                if (!p.waitFor(120, TimeUnit.SECONDS)) {
                    p.destroyForcibly().waitFor();
                    throw new AssertionError("lector " + String.join(" ", args) + " did not end within 120 s");
                }
                return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), p.pid());
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
