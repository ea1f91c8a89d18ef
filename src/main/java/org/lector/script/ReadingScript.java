package org.lector.script;

import java.util.List;

/** The reading script of one article: what every backend reads. */
public record ReadingScript(String title, String language, List<ScriptItem> items, List<String> warnings) {
    public ReadingScript {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
