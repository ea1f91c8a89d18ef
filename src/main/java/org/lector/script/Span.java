package org.lector.script;

/**
 * A styled stretch of an item's text, by character offsets [start, end). Types: "italic",
 * "bold", "lang" (value: BCP 47 tag), "link" (value: target), "formula" (value: TeX source),
 * and "noteref" — zero-width, at the place of a note marker (value: the note's label).
 */
public record Span(String type, int start, int end, String value) {
}
