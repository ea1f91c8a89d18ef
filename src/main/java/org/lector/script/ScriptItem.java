package org.lector.script;

import java.util.List;
import java.util.Map;

/**
 * One unit of the reading script. {@code id} is stable across runs of the same input
 * ("s2.p4": section 2, paragraph 4). {@code level} is the heading level for headings and the
 * nesting depth for list items (0 otherwise). {@code lang} is set only when it differs from the
 * article's. {@code speech} is the spoken form, filled by the speech stage (null before it).
 * {@code attributes} carry role-specific facts: a figure's file and alt text, a quote's source,
 * a cell's column header.
 */
public record ScriptItem(String id, Role role, int level, String text, List<Span> spans,
                         List<NoteText> notes, String lang, String speech, Map<String, String> attributes) {
    public ScriptItem {
        spans = List.copyOf(spans);
        notes = List.copyOf(notes);
        attributes = Map.copyOf(attributes);
    }

    public ScriptItem withSpeech(String spoken) {
        return new ScriptItem(id, role, level, text, spans, notes, lang, spoken, attributes);
    }
}
