package org.lector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lector.pipeline.AtomicFiles;

/**
 * A conversion killed half-way (kill -9 of a separate JVM, no shutdown hooks) leaves no file that
 * looks finished but is not, and a rerun completes normally over what it left. "Looks finished"
 * means a file under its final name: each one must equal the file a complete run writes (a PDF,
 * which carries its creation time, must open and have the complete run's page count). The run
 * writes the script, the PDF and braille; audio, whose folder is published the same way, is left
 * out only because speaking sixty articles would make this test take minutes.
 */
class KilledRunTest {
    private static final Path EXAMPLE = Path.of("examples/louis-braille.wiki");
    private static final int PAGES = 40;

    @TempDir
    Path tmp;

    @Test
    void aKilledRunLeavesNoFalseOutputAndARerunCompletes() throws Exception {
        Path dump = exportOfManyPages();
        Path reference = tmp.resolve("reference");
        assertThat(lector(dump, reference).waitFor()).as("the complete run").isZero();
        Map<String, byte[]> complete = files(reference);
        assertThat(complete.keySet()).as("every page converted").hasSizeGreaterThanOrEqualTo(PAGES);

        Path out = tmp.resolve("killed");
        Process run = lector(dump, out);
        waitForSomeOutput(out, run);
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        Map<String, byte[]> left = files(out);
        List<String> unfinishedLooksFinished = new ArrayList<>();
        left.forEach((name, bytes) -> {
            if (!isTemporary(name) && !sameOutput(name, bytes, complete.get(name))) {
                unfinishedLooksFinished.add(name);
            }
        });
        assertThat(unfinishedLooksFinished).as("files under final names that differ from a complete run's").isEmpty();
        assertThat(left.keySet().stream().filter(n -> !isTemporary(n)).count())
                .as("the run was killed before it finished").isLessThan(complete.size());

        assertThat(lector(dump, out).waitFor()).as("the rerun").isZero();
        Map<String, byte[]> rerun = files(out);
        assertThat(rerun.keySet()).as("no temporary file left after the rerun").containsExactlyElementsOf(complete.keySet());
        rerun.forEach((name, bytes) -> assertThat(sameOutput(name, bytes, complete.get(name))).as(name).isTrue());
    }

    /** Equal bytes; for a PDF (its creation time differs run to run), a whole document of the same length in pages. */
    private static boolean sameOutput(String name, byte[] bytes, byte[] complete) {
        if (complete == null) {
            return false;
        }
        if (!name.endsWith(".pdf")) {
            return java.util.Arrays.equals(bytes, complete);
        }
        try (org.apache.pdfbox.pdmodel.PDDocument a = org.apache.pdfbox.Loader.loadPDF(bytes);
             org.apache.pdfbox.pdmodel.PDDocument b = org.apache.pdfbox.Loader.loadPDF(complete)) {
            return a.getNumberOfPages() == b.getNumberOfPages();
        } catch (IOException e) {
            return false; // truncated or damaged
        }
    }

    /** The example article as many pages of one export, so that converting it takes a while. */
    private Path exportOfManyPages() throws IOException {
        String text = Files.readString(EXAMPLE).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        StringBuilder xml = new StringBuilder("<mediawiki>\n");
        for (int i = 1; i <= PAGES; i++) {
            xml.append("<page><title>Louis Braille ").append(i).append("</title><ns>0</ns><revision><text>")
                    .append(text).append("</text></revision></page>\n");
        }
        Path dump = tmp.resolve("dump.xml");
        Files.writeString(dump, xml.append("</mediawiki>\n"), StandardCharsets.UTF_8);
        return dump;
    }

    private static Process lector(Path input, Path out) throws IOException {
        return LectorProcess.builder("convert", input.toString(), "--to", "script,pdf,braille", "--out", out.toString(), "--quiet")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    /** Waits until a few articles are done, so the kill lands in the middle of the run. */
    private static void waitForSomeOutput(Path out, Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && run.isAlive()) {
            if (Files.isDirectory(out)) {
                try (Stream<Path> dirs = Files.list(out)) {
                    if (dirs.count() >= 3) {
                        return;
                    }
                }
            }
            Thread.sleep(5);
        }
        assertThat(run.isAlive()).as("the run was still going when output appeared").isTrue();
    }

    private static boolean isTemporary(String relativeName) {
        return relativeName.contains(AtomicFiles.TEMP_PREFIX);
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(root)) {
            // the lock file is no output: it holds the pid of the run that has the folder
            for (Path p : all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lector-lock")).toList()) {
                out.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
