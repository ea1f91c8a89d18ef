package org.lector.source;

import java.util.List;

/**
 * An article as read from its source, before parsing: title, wikitext, language (BCP 47), the
 * repairs or problems noticed while reading it (shown to the user as warnings), and whether the
 * title was only guessed from a file name (then the article's own text may spell it better).
 */
public record RawArticle(String title, String wikitext, String language, List<String> warnings,
                         boolean titleGuessed) {
    public RawArticle {
        warnings = List.copyOf(warnings);
    }

    /** An article whose title is known (an export page, an edit page's heading). */
    public RawArticle(String title, String wikitext, String language, List<String> warnings) {
        this(title, wikitext, language, warnings, false);
    }
}
