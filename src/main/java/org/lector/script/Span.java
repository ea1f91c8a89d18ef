package org.lector.script;

/**
 * A styled stretch of a block's print text, by offsets [start, end) into the Java string (UTF-16
 * units; script.jsonl writes them as code points). {@code value} is the link target, language
 * tag, TeX source or note label for the kinds that have one, else null.
 */
public record Span(SpanKind kind, int start, int end, String value) {
    public Span {
        if (kind == null || start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + kind + " [" + start + ", " + end + ")");
        }
    }

    public boolean covers(int from, int to) {
        return start < to && end > from;
    }
}
