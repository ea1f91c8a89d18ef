package org.lector.document;

import java.util.List;

/** Computer code ({@code <code>}, {@code {{code}}}, {@code <kbd>}). */
public record Code(List<Inline> children) implements Inline {
    public Code {
        children = List.copyOf(children);
    }
}
