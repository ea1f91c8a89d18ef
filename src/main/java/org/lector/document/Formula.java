package org.lector.document;

/** A displayed formula standing on its own. */
public record Formula(String tex) implements Block {
}
