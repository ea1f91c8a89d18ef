package org.lector.braille;

/** A block of print text with the place it gets on the braille page; what translation turns into a {@link BrailleBlock}. */
public record PrintBlock(PrintText text, BlockFormat format) {
}
