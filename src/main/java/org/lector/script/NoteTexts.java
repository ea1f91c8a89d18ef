package org.lector.script;

import java.util.HashMap;
import java.util.Map;
import org.lector.document.Note;

/**
 * Each note's text, assembled once however often the note is referred to: the print text for
 * the items that cite it, and with its spans for the NOTE item at the end.
 */
final class NoteTexts {
    private final Map<Note, TextAssembler> assembled = new HashMap<>();
    private final Map<Note, NoteText> texts = new HashMap<>();

    NoteText of(Note note) {
        NoteText known = texts.get(note);
        if (known == null) {
            known = new NoteText(note.label(), note.group(), assembled(note).text(), note.citations());
            texts.put(note, known);
        }
        return known;
    }

    /** The note's own text with its spans (emphasis, links, nested note markers). */
    TextAssembler assembled(Note note) {
        TextAssembler known = assembled.get(note);
        if (known == null) {
            known = new TextAssembler(this).add(note.content());
            assembled.put(note, known);
        }
        return known;
    }
}
