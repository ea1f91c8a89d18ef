package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Notes-list templates ({@code {{reflist}}}, {@code {{notelist}}}, {@code {{Notes}}}, {@code {{refbegin}}}…):
 * nothing in the document, because the reading script builds its own list of notes.
 */
public final class NotelistHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("reflist", "references", "notelist", "notelist-ua", "notelist-lr", "notelist-ur",
                "notelist-lg", "notelist-la", "refbegin", "refend", "reflist-talk", "notes", "notefoot", "reference list");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return TemplateResult.nothing();
    }
}
