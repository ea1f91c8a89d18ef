package org.lector.document;

/** A forced line break ({@code <br>}); read as a short pause, printed as a new line. */
public record LineBreak() implements Inline {
}
