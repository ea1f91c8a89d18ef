package org.lector.document;

import java.util.List;

/**
 * A navigation note at the top of a section: "Main article: X", "See also: Y and Z", or one that
 * tells this article apart from others ("For other uses, see X (disambiguation).").
 */
public record Hatnote(Kind kind, String lead, List<Inline> content) implements Block {
    /**
     * What a hatnote is for. A reader of the page may want every kind; a listener or a braille
     * reader following the article needs the ones that lead on from it, not the ones that only
     * say which article this is.
     */
    public enum Kind {
        /** Tells the article apart from others of the same name: {@code {{About}}}, {@code {{Redirect}}}, {@code {{Distinguish}}}. */
        DISAMBIGUATION,
        /** "Main article: X": the section summarises another article. */
        MAIN,
        /** "See also: X". */
        SEE_ALSO,
        /** "Further information: X", "For more details on …". */
        FURTHER
    }

    public Hatnote {
        content = List.copyOf(content);
    }
}
