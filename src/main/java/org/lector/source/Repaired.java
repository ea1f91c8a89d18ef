package org.lector.source;

import java.util.List;

/** Text after a repair step, with one warning per kind of repair made (empty if nothing changed). */
public record Repaired(String text, List<String> warnings) {
    public Repaired {
        warnings = List.copyOf(warnings);
    }

    static Repaired unchanged(String text) {
        return new Repaired(text, List.of());
    }
}
