package org.lector.document;

import java.util.List;

/** Italic or bold text ({@code ''x''}, {@code '''x'''}, {@code <i>}, {@code <b>}). */
public record Emphasis(Style style, List<Inline> children) implements Inline {
    public enum Style { ITALIC, BOLD }

    public Emphasis {
        children = List.copyOf(children);
    }
}
