package org.lector.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The font files, read from the jar once per run and shared by every document: a dump's
 * thousands of PDFs would otherwise each unpack the same megabytes of DejaVu. Each document
 * still parses its own TrueTypeFont from these bytes, because PDFBox subsets it per document.
 */
final class FontBytes {
    private static final Map<String, byte[]> READ = new ConcurrentHashMap<>();

    private FontBytes() {
    }

    static byte[] of(String file) {
        return READ.computeIfAbsent(file, f -> {
            try (InputStream in = FontBytes.class.getResourceAsStream(FontSet.FONT_DIR + f)) {
                if (in == null) {
                    throw new IllegalStateException("font " + f + " is not on the classpath (jasperreports-fonts)");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + f, e);
            }
        });
    }
}
