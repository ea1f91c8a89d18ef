package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;

/**
 * Inputs aimed at the patterns and loops of the parser that once cost the square of a run's
 * length: each took seconds at 20,000 characters (minutes at these sizes) and now takes
 * milliseconds. The bound is a hang detector, far above what a linear parse needs.
 */
class LinearTimeTest {
    private static final Duration HANG = Duration.ofSeconds(10);
    private static final int N = 200_000;

    static Stream<Arguments> inputs() {
        return Stream.of(
                Arguments.of("'<' then spaces, no '>'", "x <span" + " ".repeat(N) + "y"),
                Arguments.of("'[' and an address, then spaces, no ']'", "[http://x.org" + " ".repeat(N) + "y"),
                Arguments.of("many '[' with addresses, no ']'", "[//a b ".repeat(N / 7)),
                Arguments.of("bare address ending in dots", "http://x.org/" + ".".repeat(N) + "a"),
                Arguments.of("combining marks in a citation date",
                        "a{{cite web|title=t|url=http://x.org|date=a" + "\u0301".repeat(N) + "}}"),
                Arguments.of("a long number for convert", "{{convert|" + "1".repeat(N) + "x|m}}"),
                Arguments.of("spaces in an infobox key", "{{Infobox person|name=x|a" + " ".repeat(N) + "b=1}}"),
                Arguments.of("an infobox value of spaces that is no file name", "{{Infobox person|name=x|occupation=a"
                        + " b".repeat(N) + "}}"),
                Arguments.of("an infobox key of many words", "{{Infobox person|name=x|" + "a_".repeat(N) + "type=1}}"),
                Arguments.of("many unit fields in an infobox", "{{Infobox place|name=x"
                        + java.util.stream.IntStream.range(0, N / 20).mapToObj(i -> "|a" + i + "_km2=1|a" + i + "_type=t")
                                .collect(java.util.stream.Collectors.joining()) + "}}"),
                Arguments.of("'(' in a pipe-trick link", "[[A " + "(".repeat(N) + "|]]"),
                Arguments.of("tags left open, the outer one closed", "<i>" + "<b>".repeat(N / 3) + "</i>" + "</i>".repeat(N / 4)),
                Arguments.of("quoted attribute values in refs", "<ref name=\"".repeat(N / 11)),
                Arguments.of("tags split by templates", "<b {{x}}> ".repeat(N / 10)),
                Arguments.of("switches", "__A".repeat(N / 3)),
                Arguments.of("character references with no end", "&#".repeat(N / 2) + "&#x" + "1".repeat(N)),
                Arguments.of("conditionals nested deep", "{{#if:1|".repeat(N / 7) + "x" + "}}".repeat(N / 7)),
                Arguments.of("an unknown template's long run of letters", "{{Some box|" + "a".repeat(N) + ":" + "}}"),
                Arguments.of("an unknown template's unclosed refs", "{{Some box|" + "<ref>x ".repeat(N / 7) + "}}"),
                Arguments.of("an unknown template's unclosed braces", "{{Some box|" + "{{".repeat(N / 2) + "}}"),
                Arguments.of("an unknown template's file-like word", "{{Some box|a " + "x.".repeat(N / 2) + "}}"),
                Arguments.of("a unit code of slashes", "{{convert|1|" + "m/".repeat(N / 2) + "s}}"),
                Arguments.of("a unit code of prefixes", "{{convert|1|" + "e6".repeat(N / 2) + "m}}"),
                Arguments.of("a tree chart row of tiles", "{{tree chart|" + " |".repeat(N / 2) + "}}"),
                Arguments.of("an indented table opener", ":".repeat(N) + "{|\n| x\n|}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void parsesInLinearTime(String name, String hostile) {
        Article a = assertTimeoutPreemptively(HANG, () -> new WikitextParser().parse("Hostile", "en", hostile + "\n\nThe end."));
        List<Block> lead = a.lead();
        assertThat(lead).isNotEmpty();
        assertThat(PlainText.of(((Paragraph) lead.get(lead.size() - 1)).content())).isEqualTo("The end.");
    }
}
