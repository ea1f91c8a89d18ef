package org.lector.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.lector.pipeline.ArticleConverter;
import org.lector.script.ReadingScript;
import org.lector.source.RawArticle;
import org.lector.testing.Corpus;

/**
 * The PDF's memory, bounded per input byte without timing anything: a long one-paragraph article
 * is written in a small heap (the layout once held every set line and PDFBox's per-word garbage,
 * and needed twice the heap), the bytes a many-paragraph article allocates grow with its size at
 * a fraction of what they were, and blocks are made only as far ahead as a heading must see.
 */
class PdfMemoryTest {
    private static final Path SEED = Corpus.article(Corpus.SEED);

    @Test
    void aFourMegabyteParagraphIsWrittenInAHeapOf160Megabytes() throws Exception {
        // needs about 125 MB (the script included); before, over 200 MB
        Run run = bench("-Xmx160m", "line", "4");
        assertThat(run.exit()).as("exit code (1: out of memory), after printing %s", run.output()).isZero();
        assertThat(run.figure("pages")).isGreaterThan(1200);
        // about 110 bytes allocated per input byte; before, 1,700
        assertThat(run.figure("pdf_allocated") / run.figure("input")).isLessThan(400);
    }

    @Test
    void aManyParagraphArticleAllocatesInProportionToItsSize() throws IOException {
        ArticleConverter converter = new ArticleConverter();
        ReadingScript small = converter.toScript(article(256 * 1024));
        ReadingScript large = converter.toScript(article(1024 * 1024));
        allocatedWriting(small); // fonts and classes loaded once, outside the comparison
        long a = allocatedWriting(small);
        long b = allocatedWriting(large);
        double perByte = (b - a) / (double) (1024 * 1024 - 256 * 1024);
        // about 190 bytes per further input byte (links, notes, tables of the seed); before, 1,200
        assertThat(perByte).isLessThan(500);
    }

    @Test
    void blocksAreMadeOnlyAsFarAheadAsAHeadingMustSee() {
        // H H P H P P H H H P: headings keep with what follows
        boolean[] headings = {true, true, false, true, false, false, true, true, true, false};
        List<Integer> made = new ArrayList<>();
        List<Block> all = new ArrayList<>();
        for (int i = 0; i < headings.length; i++) {
            all.add(new FakeBlock(headings[i], 10 + i));
        }
        var source = new java.util.Iterator<Block>() {
            int next;

            public boolean hasNext() {
                return next < all.size();
            }

            public Block next() {
                made.add(next);
                return all.get(next++);
            }
        };
        float cap = 25;
        float[] expected = keepHeights(all, cap);
        BlockQueue queue = new BlockQueue(source, cap);
        int i = 0;
        for (Block b = queue.next(); b != null; b = queue.next(), i++) {
            assertThat(b).isSameAs(all.get(i));
            if (b.keepsWithNext()) {
                assertThat(queue.keepHeight(b)).as("keep height of block %d", i).isEqualTo(expected[i]);
            }
            // made: this block, and when it is a heading the chain after it up to a non-heading
            int chainEnd = i;
            while (chainEnd < headings.length - 1 && headings[chainEnd]) {
                chainEnd++;
            }
            assertThat(made.size()).as("blocks made while drawing block %d", i).isLessThanOrEqualTo(chainEnd + 1);
        }
        assertThat(i).isEqualTo(all.size());
    }

    /** The keep heights as the writer computed them over the whole list of blocks, before blocks were made lazily. */
    private static float[] keepHeights(List<Block> blocks, float cap) {
        float[] keep = new float[blocks.size()];
        for (int i = blocks.size() - 1; i >= 0; i--) {
            Block b = blocks.get(i);
            float next = i + 1 < blocks.size() ? keep[i + 1] : 0;
            keep[i] = Math.min(cap, b.keepsWithNext() ? b.keepHeight() + next : b.keepHeight());
        }
        return keep;
    }

    private record FakeBlock(boolean keepsWithNext, float keepHeight) implements Block {
        public void draw(Flow flow) {
        }
    }

    private static RawArticle article(int bytes) throws IOException {
        String seed = Files.readString(SEED);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < bytes) {
            sb.append(seed).append('\n');
        }
        return new RawArticle("Big", sb.toString(), "en", List.of());
    }

    private static long allocatedWriting(ReadingScript script) throws IOException {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        new TaggedPdfWriter(PdfOptions.defaults()).write(script, OutputStream.nullOutputStream());
        return threads.getCurrentThreadAllocatedBytes() - before;
    }

    /** A finished benchmark run: its exit code, what it printed, and the figures of its last line. */
    private record Run(int exit, String output, Map<String, Long> figures) {
        long figure(String name) {
            assertThat(figures).as("what the benchmark printed: %s", output).containsKey(name);
            return figures.get(name);
        }
    }

    /** {@link PdfMemoryBench} in a JVM of its own with {@code heap}. */
    private static Run bench(String heap, String kind, String mb) throws IOException, InterruptedException {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m", heap,
                "-cp", System.getProperty("java.class.path"), "-Dlector.home=" + System.getProperty("lector.home", "."),
                PdfMemoryBench.class.getName(), kind, mb, SEED.toString());
        Path out = Files.createTempFile("pdf-memory", ".txt");
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("the benchmark did not end within 300 s");
            }
            String text = Files.readString(out, StandardCharsets.UTF_8);
            Map<String, Long> figures = new HashMap<>();
            for (String field : text.strip().lines().reduce((x, y) -> y).orElse("").split(" ")) {
                String[] kv = field.split("=");
                if (kv.length == 2 && kv[1].matches("[0-9.]+")) {
                    figures.put(kv[0], (long) Double.parseDouble(kv[1]));
                }
            }
            return new Run(p.exitValue(), text, figures);
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
