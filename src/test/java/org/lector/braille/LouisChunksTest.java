package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * Where text is cut for liblouis: every chunk bounded (so one call's native recursion and its
 * quadratic scans over punctuation are bounded, and the whole text costs time linear in its
 * length), the chunks together exactly the text, and cuts only where a reader would not notice.
 */
class LouisChunksTest {
    private static final IntPredicate PLAIN = k -> false;

    @Test
    void aFourMegabyteWordIsCutIntoBoundedChunksAtCodePointBoundaries() {
        String word = "b".repeat(4 << 20);
        List<LouisChunks.Chunk> chunks = LouisChunks.of(word, PLAIN);
        assertWhole(word, chunks);
        assertThat(chunks).allMatch(c -> c.length() <= LouisChunks.MAX_LENGTH);
        // a plain word is cut only at the bound: the number of liblouis calls grows with the length, no faster
        assertThat(chunks).hasSize((4 << 20) / LouisChunks.MAX_LENGTH);
    }

    @Test
    void aSurrogatePairIsNeverCut() {
        String word = "𝔸".repeat(20_000); // U+1D538, two UTF-16 units each
        List<LouisChunks.Chunk> chunks = LouisChunks.of(word, PLAIN, 101, 64);
        assertWhole(word, chunks);
        assertThat(chunks).allMatch(c -> c.length() <= 101 && Character.isHighSurrogate(word.charAt(c.start())));
    }

    @Test
    void aLetterKeepsItsCombiningMarks() {
        String word = "e\u0301\u0323".repeat(10_000); // é with a dot below, as base and two marks
        List<LouisChunks.Chunk> chunks = LouisChunks.of(word, PLAIN, 100, 64);
        assertWhole(word, chunks);
        assertThat(chunks).allMatch(c -> c.length() <= 100 && word.charAt(c.start()) == 'e');
    }

    @Test
    void aRunOfPunctuationIsCutAtItsBound() {
        String quotes = "\"".repeat(100_000);
        List<LouisChunks.Chunk> chunks = LouisChunks.of(quotes, PLAIN);
        assertWhole(quotes, chunks);
        assertThat(chunks).allMatch(c -> c.length() <= LouisChunks.MAX_SYMBOL_RUN);

        String spaced = "\" ".repeat(50_000);
        List<LouisChunks.Chunk> atSpaces = LouisChunks.of(spaced, PLAIN);
        assertWhole(spaced, atSpaces);
        assertThat(atSpaces).allMatch(c -> c.length() <= LouisChunks.MAX_SYMBOL_RUN && spaced.charAt(c.end() - 1) == ' ');
    }

    @Test
    void proseIsCutAfterASentenceAndNotInsideEmphasis() {
        String sentence = "The quick brown fox jumps over the lazy dog. ";
        String prose = sentence.repeat(500);
        List<LouisChunks.Chunk> chunks = LouisChunks.of(prose, PLAIN);
        assertWhole(prose, chunks);
        assertThat(chunks).hasSizeGreaterThan(1).allMatch(c -> c.length() <= LouisChunks.MAX_LENGTH && c.of(prose).endsWith("dog. "));

        // the same prose with four sentences of every six in italic: cut between plain sentences, not in a passage
        int cycle = 6 * sentence.length();
        IntPredicate italic = k -> k % cycle < 4 * sentence.length();
        List<LouisChunks.Chunk> styled = LouisChunks.of(prose, italic, 1000, 64);
        assertWhole(prose, styled);
        assertThat(styled.subList(0, styled.size() - 1))
                .allMatch(c -> !italic.test(c.end() - 2) && !italic.test(c.end()) && c.of(prose).endsWith("dog. "));
    }

    @Test
    void aLongWordAmongShortOnesIsCutOnlyWhereNoSpaceIsNear() {
        String text = "short words " + "x".repeat(10_000) + " and more";
        List<LouisChunks.Chunk> chunks = LouisChunks.of(text, PLAIN, 4096, 64);
        assertWhole(text, chunks);
        assertThat(chunks.get(0).of(text)).isEqualTo("short words ");
        assertThat(chunks).allMatch(c -> c.length() <= 4096);
    }

    private static void assertWhole(String text, List<LouisChunks.Chunk> chunks) {
        StringBuilder joined = new StringBuilder();
        int at = 0;
        for (LouisChunks.Chunk c : chunks) {
            assertThat(c.start()).isEqualTo(at);
            assertThat(c.length()).isPositive();
            joined.append(c.of(text));
            at = c.end();
        }
        assertThat(joined.toString()).isEqualTo(text);
    }
}
