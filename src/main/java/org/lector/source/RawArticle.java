package org.lector.source;

import java.util.List;

/**
 * An article as read from its source, before parsing: title, wikitext, language (BCP 47), the
 * repairs or problems noticed while reading it (shown to the user as warnings), whether the
 * title was only guessed from a file name (then the article's own text may spell it better),
 * and, for a page of a dump that cannot be read (too large), why: the run reports that one
 * article as failed and goes on with the others. Titles are cleaned of control characters here,
 * whatever the route they came by.
 */
public record RawArticle(String title, String wikitext, String language, List<String> warnings,
                         boolean titleGuessed, Refusal refusal) {
    /** Why one article of an input cannot be converted. */
    public record Refusal(InputException.Kind kind, String reason) {
        public InputException toException() {
            return new InputException(kind, reason);
        }
    }

    public RawArticle {
        title = TextHygiene.title(title);
        warnings = List.copyOf(warnings);
    }

    public RawArticle(String title, String wikitext, String language, List<String> warnings, boolean titleGuessed) {
        this(title, wikitext, language, warnings, titleGuessed, null);
    }

    /** An article whose title is known (an export page, an edit page's heading). */
    public RawArticle(String title, String wikitext, String language, List<String> warnings) {
        this(title, wikitext, language, warnings, false, null);
    }

    /** A page that is there but cannot be converted. */
    static RawArticle refused(String title, String language, Refusal refusal) {
        return new RawArticle(title, "", language, List.of(), false, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }
}
