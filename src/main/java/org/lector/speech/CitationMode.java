package org.lector.speech;

/**
 * How citations are spoken. {@link #NOTES} is the default: a listener hears a short "note 12"
 * where a sighted reader sees a superscript, and every source is read in full in a final
 * "Notes" chapter that can be skipped or looked up. Reading sources in the text
 * ({@link #INLINE}, {@link #PARAGRAPH}) is complete but buries the prose: the seed article's
 * paragraphs carry up to thirty sources each.
 */
public enum CitationMode {
    /** "Source: Kotkin, 2014, page 426." after the sentence that carries it. */
    INLINE,
    /** The paragraph's sources, merged and deduplicated, after the paragraph. */
    PARAGRAPH,
    /** "note 12" in the text; the notes themselves in a final chapter. */
    NOTES,
    /** Citations are not spoken at all. */
    NONE
}
