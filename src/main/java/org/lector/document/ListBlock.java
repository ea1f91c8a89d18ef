package org.lector.document;

import java.util.List;

/** A bulleted, numbered or definition list; items may hold nested lists. */
public record ListBlock(Kind kind, List<ListItem> items) implements Block {
    public enum Kind { BULLET, ORDERED, DEFINITION }

    public ListBlock {
        items = List.copyOf(items);
    }
}
