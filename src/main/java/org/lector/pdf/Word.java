package org.lector.pdf;

import java.util.List;

/**
 * What a line may not be broken inside: fragments set without a space between them.
 * {@code spaceWidth} is the width of the space that follows it (0 when {@code glued} to the
 * next word, which happens only where an over-long word was cut); {@code breakAfter} forces a
 * new line after it (a line break in the item's text). Words are stored in {@link Words}; this is
 * one read from there.
 */
record Word(List<Fragment> fragments, float width, float spaceWidth, boolean breakAfter, boolean glued) {
    Word {
        fragments = List.copyOf(fragments);
    }
}
