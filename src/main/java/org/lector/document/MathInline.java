package org.lector.document;

/** A formula in TeX source form, from {@code <math>}; backends decide how to render or speak it. */
public record MathInline(String tex, boolean display) implements Inline {
}
