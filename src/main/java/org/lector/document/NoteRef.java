package org.lector.document;

/** A reference from the text to a note (a citation or an explanatory footnote). */
public record NoteRef(Note note) implements Inline {
}
