package org.lector.document;

import java.util.List;

/** Lowered text ({@code <sub>}, {@code {{sub}}}): the 2 of H<sub>2</sub>O. */
public record Subscript(List<Inline> children) implements Inline {
    public Subscript {
        children = List.copyOf(children);
    }
}
