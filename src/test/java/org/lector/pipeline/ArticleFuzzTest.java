package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.lector.script.ReadingScript;
import org.lector.testing.ScriptView;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.source.InputException;

/**
 * Reading and script building under arbitrary bytes. {@code mvn verify} replays the saved inputs
 * in {@code src/test/resources/org/lector/pipeline/ArticleFuzzTestInputs/readAndBuild/} (corpus
 * excerpts and every input the fuzzer ever found a fault with); {@code bench/fuzz.sh} fuzzes for
 * real. The only acceptable failure is an {@link InputException} (the input was refused with a
 * message); anything else — an exception, a StackOverflowError, an out-of-memory, a hang that
 * Jazzer's per-input timeout catches — is a finding.
 */
class ArticleFuzzTest {
    /** Small enough that the fuzzer spends its time on structure, not on size. */
    private static final long MAX_BYTES = 1 << 20;
    /** One for every input: building it reads the lexicon and acronym files, which no input changes. */
    private static final ArticleConverter CONVERTER = new ArticleConverter();

    @FuzzTest(maxDuration = "30s")
    void readAndBuild(byte[] data) {
        try (ArticleStream articles = ArticleReader.open(new ByteArrayInputStream(data), "fuzz.wiki", MAX_BYTES)) {
            while (articles.hasNext()) {
                ReadingScript script = CONVERTER.toScript(articles.next());
                assertThat(script.blocks()).as("every article has at least its title").isNotEmpty();
                ScriptView.sentences(script).forEach(s -> assertThat(s.speech()).as("spoken form of " + s.id()).isNotNull());
            }
        } catch (InputException refused) {
            assertThat(refused.getMessage()).as("a refusal says why").isNotBlank();
        }
    }
}
