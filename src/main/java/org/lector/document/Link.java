package org.lector.document;

import java.util.List;

/** A link; readers see only its label. {@code external} links point outside the wiki. */
public record Link(String target, boolean external, List<Inline> label) implements Inline {
    public Link {
        label = List.copyOf(label);
    }
}
