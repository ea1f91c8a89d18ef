package org.lector.document;

import java.util.List;

/** A navigation note at the top of a section: "Main article: X", "See also: Y and Z". */
public record Hatnote(String lead, List<Inline> content) implements Block {
    public Hatnote {
        content = List.copyOf(content);
    }
}
