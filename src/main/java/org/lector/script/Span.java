package org.lector.script;

/**
 * A styled stretch of an item's text, by offsets [start, end) into the Java string (UTF-16
 * units; script.jsonl writes them as code points). Types: "italic",
 * "bold", "lang" (value: BCP 47 tag), "link" (value: target), "formula" (value: TeX source),
 * and "noteref" — zero-width, at the place of a note marker (value: the note's label).
 */
public record Span(String type, int start, int end, String value) {
}
