package org.lector.pdf;

/**
 * A stretch of text that gets its own structure element inside its block: a link to a note or
 * a heading of this document, a run in another language, an inline formula. Compared by
 * identity: one span of the script is one tag, however many lines and pages it covers.
 */
final class InlineTag {
    enum Kind { NOTE_REF, LINK, LANG, FORMULA }

    final Kind kind;
    /** The note label, the BCP 47 tag, or the TeX source. */
    final String value;
    /** Where a link goes ({@link Anchors} key), null for the other kinds. */
    final String anchor;
    /** What a link annotation says it does (its /Contents), null for the other kinds. */
    final String description;

    InlineTag(Kind kind, String value, String anchor, String description) {
        this.kind = kind;
        this.value = value;
        this.anchor = anchor;
        this.description = description;
    }

    boolean isLink() {
        return kind == Kind.NOTE_REF || kind == Kind.LINK;
    }
}
