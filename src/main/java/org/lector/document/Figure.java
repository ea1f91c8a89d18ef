package org.lector.document;

import java.util.List;

/**
 * An image the reader cannot see. {@code alt} is the author's text alternative (may be empty);
 * {@code caption} the visible caption (may be empty); {@code fileName} the file, without namespace.
 */
public record Figure(String fileName, String alt, List<Inline> caption) implements Block {
    public Figure {
        alt = alt == null ? "" : alt;
        caption = List.copyOf(caption);
    }
}
