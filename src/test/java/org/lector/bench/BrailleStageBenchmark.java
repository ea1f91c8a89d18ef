package org.lector.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLStreamException;
import org.lector.braille.BrailleOptions;
import org.lector.braille.BrailleTranscriber;
import org.lector.braille.BrfWriter;
import org.lector.braille.PefWriter;
import org.lector.config.LectorHome;
import org.lector.pipeline.ArticleConverter;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The braille stage in process on the seed: layout, liblouis translation (UEB grade 2 with the
 * project's additions), page formatting, and the BRF and PEF bytes. The script is built once in
 * setup. Run by bench/braille-stage.sh, which times lou_translate on the same print text as the peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Dlector.home=.")
public class BrailleStageBenchmark {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private ReadingScript script;
    private BrailleTranscriber transcriber;

    @Setup
    public void load() {
        Path seed = Path.of(System.getProperty("lector.corpus", "../shared/corpus"), "articles", "stalin-1924-1939.seed.wiki");
        try (ArticleStream in = ArticleReader.open(seed)) {
            script = new ArticleConverter().toScript(in.next());
        }
        transcriber = new BrailleTranscriber(BrailleOptions.defaults(HOME));
    }

    @Benchmark
    public int brailleStage() throws IOException, XMLStreamException {
        BrailleTranscriber.Transcription t = transcriber.transcribe(script);
        ByteArrayOutputStream pef = new ByteArrayOutputStream();
        PefWriter.write(t.pages(), 40, 25, new PefWriter.Metadata(script.title(), "bench", "en", "2026-01-01"), pef);
        return BrfWriter.bytes(t.pages()).length + pef.size();
    }
}
