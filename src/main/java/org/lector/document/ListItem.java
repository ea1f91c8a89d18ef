package org.lector.document;

import java.util.List;

/**
 * One list entry. In a definition list {@code term} holds the term (";") and {@code content} its
 * definition (":"); elsewhere {@code term} is empty.
 */
public record ListItem(List<Inline> term, List<Inline> content, List<ListBlock> children) {
    public ListItem {
        term = List.copyOf(term);
        content = List.copyOf(content);
        children = List.copyOf(children);
    }
}
