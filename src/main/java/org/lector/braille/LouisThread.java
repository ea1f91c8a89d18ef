package org.lector.braille;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * The one thread every liblouis call runs on. liblouis keeps compiled tables and translation
 * buffers in process-wide state, so its calls must not overlap (one thread serialises them, as a
 * global lock did); and its pattern matcher recurses once per character of a run of punctuation
 * (about 200 bytes of native stack each: 20,000 quotation marks in a row overflowed the 8 MB stack
 * the launcher gives threads, and the JVM died with SIGSEGV). Input is cut into short chunks
 * ({@link LouisChunks}), which bounds that depth far below a megabyte; the large stack here is
 * the second line of defence, for a table whose rules recurse in a way the chunking did not foresee.
 */
final class LouisThread {
    /** Reserved address space, not memory: a thread's stack is committed only as deep as it is used. */
    static final long STACK_BYTES = 64L << 20;

    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Worker(r);
        t.setDaemon(true); // a run that ends must not wait for it
        return t;
    });

    private static final class Worker extends Thread {
        Worker(Runnable r) {
            super(null, r, "lector-liblouis", STACK_BYTES);
        }
    }

    private LouisThread() {
    }

    /**
     * Runs {@code work} on the liblouis thread and returns its result; what it throws is thrown
     * here (a call made on the liblouis thread itself runs at once, so calls may nest).
     */
    static <T> T call(Supplier<T> work) {
        if (Thread.currentThread() instanceof Worker) {
            return work.get();
        }
        Future<T> result = THREAD.submit(work::get);
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrailleException("interrupted while waiting for liblouis", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new BrailleException("liblouis failed: " + cause, cause);
        }
    }
}
