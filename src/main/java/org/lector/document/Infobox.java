package org.lector.document;

import java.util.List;

/**
 * The summary box beside an article's lead ({@code {{Infobox …}}}, taxoboxes): its title (empty
 * when the box names none) and its entries in order. An entry with an empty label is a value on
 * its own or, with an empty value, a sub-heading.
 */
public record Infobox(List<Inline> title, List<Entry> entries) implements Block {
    public Infobox {
        title = List.copyOf(title);
        entries = List.copyOf(entries);
    }

    public record Entry(List<Inline> label, List<Inline> value) {
        public Entry {
            label = List.copyOf(label);
            value = List.copyOf(value);
        }
    }
}
