package org.lector.document;

import java.util.List;

/** Raised text ({@code <sup>}, {@code {{sup}}}): "10<sup>15</sup>" is ten to the fifteenth, not 1015. */
public record Superscript(List<Inline> children) implements Inline {
    public Superscript {
        children = List.copyOf(children);
    }
}
