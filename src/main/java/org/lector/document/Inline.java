package org.lector.document;

/** A run of content inside a block: text, emphasis, a link, a note reference, a formula. */
public sealed interface Inline
        permits Text, Emphasis, Link, NoteRef, LangSpan, MathInline, LineBreak, Superscript, Subscript, SmallCaps, Code {
}
