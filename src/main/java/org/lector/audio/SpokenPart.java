package org.lector.audio;

import java.util.List;

/**
 * A stretch the voice reads with no structural pause inside: a block, or one part of a block that
 * is set apart on its own (a table's caption, a row, a cell; a list item; a figure of a group).
 * Around it the silence it wants before and after (between two parts the longer of the two is
 * used, not the sum); inside it its sentences, each synthesised and timed on its own.
 */
public record SpokenPart(int pauseBeforeMs, List<SpokenSentence> sentences, int pauseAfterMs) {
    public SpokenPart {
        sentences = List.copyOf(sentences);
    }

    SpokenPart withPauseAfter(int millis) {
        return new SpokenPart(pauseBeforeMs, sentences, millis);
    }
}
