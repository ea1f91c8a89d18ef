package org.lector.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.ScriptLeaks;

/**
 * Inputs built to break a parser: deep or unclosed nesting a hundred thousand levels deep,
 * megabyte lines. Each must convert without an error, in linear time — the bound here is a
 * generous hang detector (seconds for what takes milliseconds), not a benchmark.
 */
class HostileInputTest {
    private static final Duration HANG = Duration.ofSeconds(20);

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("{{ × 100,000 closed", "{{a|".repeat(100_000) + "x" + "}}".repeat(100_000)),
                Arguments.of("{{ × 100,000 unclosed", "{{".repeat(100_000) + "text"),
                Arguments.of("[[ × 100,000 unclosed", "[[".repeat(100_000) + "text"),
                Arguments.of("unclosed file links with pipes", "[[File:x.jpg|thumb|".repeat(50_000)),
                Arguments.of("<ref> × 100,000 unclosed", "<ref>".repeat(100_000)),
                Arguments.of("<ref> inside <ref>", "a<ref>b<ref>c</ref>d</ref>e".repeat(10_000)),
                Arguments.of("nested tables", "{|\n".repeat(100_000)),
                Arguments.of("deep list prefix", "*".repeat(100_000) + " item"),
                Arguments.of("apostrophes", "''".repeat(100_000)),
                Arguments.of("stray closers", "}} ]] | ".repeat(100_000)),
                Arguments.of("nested blockquotes", "<blockquote>".repeat(20_000) + "x" + "</blockquote>".repeat(20_000)),
                Arguments.of("a megabyte line", "word ".repeat(200_000) + "== h ==" + " more".repeat(50_000)),
                Arguments.of("headings only", "== a ==\n".repeat(50_000)),
                Arguments.of("comments unclosed", "<!--".repeat(100_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void convertsWithoutErrorOrHang(String name, String wikitext) {
        ReadingScript script = assertTimeoutPreemptively(HANG, () -> {
            try (ArticleStream in = ArticleReader.open(
                    new ByteArrayInputStream(wikitext.getBytes(StandardCharsets.UTF_8)), "hostile.wiki")) {
                return new ArticleConverter().toScript(in.next());
            }
        });
        assertThat(script.blocks()).isNotEmpty();
        assertThat(ScriptLeaks.find(script)).isEmpty();
    }
}
