package org.lector.script;

import java.util.HashMap;
import java.util.Map;
import org.lector.document.Note;

/** The print text of each note, assembled once however often the note is referred to. */
final class NoteTexts {
    private final Map<Note, NoteText> cache = new HashMap<>();

    NoteText of(Note note) {
        NoteText known = cache.get(note);
        if (known != null) {
            return known;
        }
        TextAssembler a = new TextAssembler(this);
        a.add(note.content());
        NoteText nt = new NoteText(note.label(), note.group(), a.text(), note.citations());
        cache.put(note, nt);
        return nt;
    }

    /** Spans of a note's own text (its emphasis and links), for the NOTE item at the end. */
    static TextAssembler assemble(Note note, NoteTexts texts) {
        return new TextAssembler(texts).add(note.content());
    }

}
