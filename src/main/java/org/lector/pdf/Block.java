package org.lector.pdf;

import java.io.IOException;

/**
 * One piece of the page flow, set (measured) when it is made and drawn later. Its structure
 * elements are created when it is made, so the structure tree follows the script's order.
 */
interface Block {
    /** The height needed to start this block on a page: what a heading before it must see fit. */
    float keepHeight();

    /** True for headings, which must not end a page. */
    default boolean keepsWithNext() {
        return false;
    }

    void draw(Flow flow) throws IOException;
}
