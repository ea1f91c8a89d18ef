package org.lector.document;

import java.util.List;

public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }
}
