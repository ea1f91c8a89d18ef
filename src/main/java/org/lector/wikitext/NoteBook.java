package org.lector.wikitext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lector.document.Citation;
import org.lector.document.Inline;
import org.lector.document.Note;
import org.lector.document.NoteRef;

/**
 * Numbers notes per group in order of first reference and merges notes with the same key
 * (a reused named ref, identical sfns, identical ref texts) into one.
 */
final class NoteBook {
    private final List<Note> notes;
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, NoteRef> byKey = new HashMap<>();

    NoteBook(List<Note> articleNotes) {
        this.notes = articleNotes;
    }

    NoteRef find(String group, String key) {
        return key == null ? null : byKey.get(group + "\u0000" + key);
    }

    NoteRef add(Note.Kind kind, String group, String key, List<Inline> content, List<Citation> citations) {
        String g = group == null ? "" : group;
        NoteRef existing = find(g, key);
        if (existing != null) {
            return existing;
        }
        int number = counters.merge(g, 1, Integer::sum);
        Note note = new Note(kind, g, number, content, citations);
        notes.add(note);
        NoteRef ref = new NoteRef(note);
        if (key != null) {
            byKey.put(g + "\u0000" + key, ref);
        }
        return ref;
    }

    /** Makes a second key (a ref's name) point to an existing note. */
    void alias(String group, String key, NoteRef ref) {
        byKey.putIfAbsent((group == null ? "" : group) + "\u0000" + key, ref);
    }
}
