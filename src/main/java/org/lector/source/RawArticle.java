package org.lector.source;

import java.util.List;

/**
 * An article as read from its source, before parsing: title, wikitext, language (BCP 47), and the
 * repairs or problems noticed while reading it (shown to the user as warnings).
 */
public record RawArticle(String title, String wikitext, String language, List<String> warnings) {
    public RawArticle {
        warnings = List.copyOf(warnings);
    }
}
