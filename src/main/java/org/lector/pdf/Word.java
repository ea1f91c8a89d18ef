package org.lector.pdf;

import java.util.List;

/**
 * What a line may not be broken inside: fragments set without a space between them.
 * {@code spaceWidth} is the width of the space that follows it (0 when {@code glued} to the
 * next word, which happens only where an over-long word was cut); {@code breakAfter} forces a
 * new line after it (a line break in the item's text).
 */
record Word(List<Fragment> fragments, float width, float spaceWidth, boolean breakAfter, boolean glued) {
    Word {
        fragments = List.copyOf(fragments);
    }

    static Word of(List<Fragment> fragments, float spaceWidth, boolean breakAfter, boolean glued) {
        float w = 0;
        for (Fragment f : fragments) {
            w += f.width();
        }
        return new Word(fragments, w, glued ? 0 : spaceWidth, breakAfter, glued);
    }
}
