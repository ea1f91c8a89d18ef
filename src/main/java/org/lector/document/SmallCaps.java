package org.lector.document;

import java.util.List;

/** Small capitals ({@code {{smallcaps}}}, {@code {{sc}}}). */
public record SmallCaps(List<Inline> children) implements Inline {
    public SmallCaps {
        children = List.copyOf(children);
    }
}
