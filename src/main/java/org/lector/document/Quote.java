package org.lector.document;

import java.util.List;

/** A quotation set apart from the text, with its source (may be empty). */
public record Quote(List<Block> body, List<Inline> source) implements Block {
    public Quote {
        body = List.copyOf(body);
        source = List.copyOf(source);
    }
}
