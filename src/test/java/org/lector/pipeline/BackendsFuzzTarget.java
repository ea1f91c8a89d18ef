package org.lector.pipeline;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lector.audio.AudioFileFormat;
import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.audio.AudiobookWriter;
import org.lector.audio.FakeEngine;
import org.lector.audio.VoiceProfiles;
import org.lector.braille.BrailleOptions;
import org.lector.config.LectorHome;
import org.lector.pdf.PdfOptions;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptJson;
import org.lector.script.ScriptJsonReader;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.source.InputException;

/**
 * One fuzzing input through everything an article reaches: reading (wikitext or export XML),
 * the reading script, its JSON round trip, and every backend — script files, the tagged PDF,
 * braille (liblouis, native code), and the audiobook with a stand-in engine (real synthesis is
 * the engine's business and would make each input take seconds), WAV (MP3 encoding is a library's and would halve the inputs a campaign can try).
 *
 * <p>The only acceptable failure is an {@link InputException}: the input was refused with a
 * message. Anything else — another exception, a StackOverflowError, an OutOfMemoryError, a hang
 * past the fuzzer's per-input timeout, a native crash — is a finding. Used by
 * {@link ArticleFuzzTest} (replayed in every {@code mvn verify}) and by {@code bench/fuzz.sh},
 * which runs Jazzer's own driver on {@link #fuzzerTestOneInput} for a long campaign.
 */
public final class BackendsFuzzTarget {
    /** Inputs the fuzzer may build; the campaign's {@code -max_len} is the same. */
    static final long MAX_BYTES = 1 << 20;

    private static final LectorHome HOME = LectorHome.fromSystemProperty();
    /** Built once: building reads the lexicon and acronym files, which no input changes. */
    private static final ArticleConverter CONVERTER = new ArticleConverter();
    private static final List<Backend> BACKENDS = List.of(new ScriptBackend(), new PdfBackend(PdfOptions.defaults()),
            new BrailleBackend(BrailleOptions.defaults(HOME)));
    private static final AudiobookWriter AUDIO = new AudiobookWriter(
            new AudioOptions(AudioFileFormat.WAV, AudioOptions.DEFAULT_VOICE, null, null, 1, HOME),
            VoiceProfiles.shipped(HOME), Map.of("freetts", new FakeEngine(16_000, 2, null)), Slugs::slug,
            AudioProgressListener.NONE);

    private BackendsFuzzTarget() {
    }

    /**
     * Called by Jazzer once before fuzzing: one small article through everything, so that loading
     * and instrumenting some thousand classes (PDFBox, fonts, liblouis, the encoder) is not
     * charged to the first input as a timeout, as it was once under load (32 s on a tiny input).
     */
    public static void fuzzerInitialize() {
        fuzzerTestOneInput(("== Warm-up ==\n'''Bold''' text with a note.<ref>A note.</ref> H<sub>2</sub>O, 10<sup>3</sup>.\n"
                + "{| class=\"wikitable\"\n! A !! B\n|-\n| 1 || 2\n|}\n* item\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Jazzer's entry point. */
    public static void fuzzerTestOneInput(byte[] data) {
        try (ArticleStream articles = ArticleReader.open(new ByteArrayInputStream(data), "fuzz.wiki", MAX_BYTES)) {
            while (articles.hasNext()) {
                everyBackend(CONVERTER.toScript(articles.next()));
            }
        } catch (InputException refused) {
            if (refused.getMessage() == null || refused.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why", refused);
            }
        }
    }

    private static void everyBackend(ReadingScript script) {
        if (script.blocks().isEmpty()) {
            throw new AssertionError("every article has at least its title");
        }
        roundTrip(script);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("lector-fuzz");
            for (Backend b : BACKENDS) {
                Path out = Files.createDirectory(dir.resolve(b.name()));
                b.write(new BackendInput(script, "fuzz"), out);
                if (isEmpty(out)) {
                    throw new AssertionError(b.name() + " wrote nothing");
                }
            }
            AUDIO.write(script, Files.createDirectory(dir.resolve("audio")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** What the script backend writes reads back as the same script. */
    private static void roundTrip(ReadingScript script) {
        try {
            StringWriter json = new StringWriter();
            ScriptJson.write(script, json);
            ReadingScript back = ScriptJsonReader.read(new StringReader(json.toString()));
            if (!back.equals(script)) {
                throw new AssertionError("script.jsonl does not read back as the script it was written from");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isEmpty();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind does not make the input a finding
        }
    }
}
