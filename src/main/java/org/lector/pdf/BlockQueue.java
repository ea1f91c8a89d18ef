package org.lector.pdf;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The blocks still to draw, made one at a time, with just enough of them made ahead to know what
 * a heading must see fit before it starts: itself and the start of what follows (another heading
 * included), capped so a chain of headings cannot demand a page.
 */
final class BlockQueue {
    private final Iterator<Block> source;
    private final float cap;
    /** Blocks made ahead of the one being drawn: the headings after it and the block they keep with. */
    private final List<Block> ahead = new ArrayList<>();

    BlockQueue(Iterator<Block> source, float cap) {
        this.source = source;
        this.cap = cap;
    }

    /** The next block, or null after the last. */
    Block next() {
        if (!ahead.isEmpty()) {
            return ahead.remove(0);
        }
        return source.hasNext() ? source.next() : null;
    }

    /** What must fit before {@code block}, just returned by {@link #next}, is started. */
    float keepHeight(Block block) {
        // the chain of blocks that keep with the next, up to the first that does not
        int k = 0;
        Block last = block;
        while (last.keepsWithNext()) {
            if (k == ahead.size()) {
                if (!source.hasNext()) {
                    break;
                }
                ahead.add(source.next());
            }
            last = ahead.get(k++);
        }
        float next = 0;
        for (int j = k; j >= 0; j--) {
            Block b = j == 0 ? block : ahead.get(j - 1);
            next = Math.min(cap, b.keepsWithNext() ? b.keepHeight() + next : b.keepHeight());
        }
        return next;
    }
}
