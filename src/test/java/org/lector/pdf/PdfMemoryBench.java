package org.lector.pdf;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lector.pipeline.ArticleConverter;
import org.lector.pipeline.BackendInput;
import org.lector.pipeline.BackendReport;
import org.lector.pipeline.PdfBackend;
import org.lector.script.ReadingScript;
import org.lector.source.RawArticle;

/**
 * One measurement for bench/pdf-memory.sh, in a JVM of its own: builds an article of the given
 * size, converts it to a script (the script stage) and writes its PDF (the PDF backend), and
 * prints for each stage its wall time, the heap's peak above what was live before it, and (for
 * the PDF) the bytes it allocated. Only public API is used, so the same class measures an older
 * PDF package too. Not a test: a main for the benchmark script.
 *
 * <p>Usage: {@code PdfMemoryBench line|article MB SEED} (MB may be a fraction): "line" is one paragraph of "word word
 * …", "article" the seed article repeated.
 */
public final class PdfMemoryBench {
    private PdfMemoryBench() {
    }

    public static void main(String[] args) throws IOException {
        String kind = args[0];
        int bytes = (int) (Double.parseDouble(args[1]) * 1024 * 1024);
        String text = kind.equals("line") ? "word ".repeat(bytes / 5) : repeated(Path.of(args[2]), bytes);
        RawArticle raw = new RawArticle("Big", text, "en", List.of());

        resetPeaks();
        long base = heapPeak();
        long t = System.nanoTime();
        ReadingScript script = new ArticleConverter().toScript(raw);
        long scriptNs = System.nanoTime() - t;
        long scriptPeak = heapPeak() - base;

        Path dir = Files.createTempDirectory("pdf-memory");
        resetPeaks();
        base = heapPeak();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = threads.getCurrentThreadAllocatedBytes();
        t = System.nanoTime();
        BackendReport report = new PdfBackend(PdfOptions.defaults()).write(new BackendInput(script, "big"), dir);
        long pdfNs = System.nanoTime() - t;
        allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
        long pdfPeak = heapPeak() - base;
        Path pdf = dir.resolve("big.pdf");
        long pdfSize = Files.size(pdf);
        Files.delete(pdf);
        Files.delete(dir);
        System.out.printf("input=%d script_ms=%d script_peak=%d pdf_ms=%d pdf_peak=%d pdf_allocated=%d pdf_size=%d pages=%.0f%n",
                text.length(), scriptNs / 1_000_000, scriptPeak, pdfNs / 1_000_000, pdfPeak, allocated, pdfSize,
                report.figures().getOrDefault(BackendReport.PDF_PAGES, 0.0));
    }

    private static String repeated(Path seed, int bytes) throws IOException {
        String s = Files.readString(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < bytes) {
            sb.append(s).append('\n');
        }
        return sb.toString();
    }

    /** The heap's peak use since the last reset, summed over its pools. */
    private static long heapPeak() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Collects what is garbage, then starts the pools' peaks afresh from what is live. */
    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            p.resetPeakUsage();
        }
    }
}
