package org.lector.document;

/** Plain text, already free of markup and entities. */
public record Text(String value) implements Inline {
}
