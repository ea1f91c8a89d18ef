package org.lector.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.lector.pipeline.ArticleConverter;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.source.RawArticle;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The script stage in process: reading (decoding, repairs) and parsing an article into its
 * reading script. Run by bench/script-stage.sh, which also times pandoc's MediaWiki reader on the
 * same file as the peer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScriptStageBenchmark {
    @Param({"barack-obama.wiki", "stalin-1924-1939.seed.wiki"})
    public String article;

    private byte[] bytes;
    private final ArticleConverter converter = new ArticleConverter();

    @Setup
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("lector.corpus", "../shared/corpus"), "articles");
        bytes = Files.readAllBytes(corpus.resolve(article));
    }

    @Benchmark
    public ReadingScript readAndBuildScript() {
        try (ArticleStream in = ArticleReader.open(new java.io.ByteArrayInputStream(bytes), article)) {
            RawArticle raw = in.next();
            return converter.toScript(raw);
        }
    }
}
