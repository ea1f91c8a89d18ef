package org.lector.script;

import java.util.Locale;

/**
 * What a span marks. Each has the name script.jsonl writes ({@link #jsonName()}); {@link #NOTEREF}
 * spans are zero-width, at the place of a note marker.
 */
public enum SpanKind {
    ITALIC("italic"),
    BOLD("bold"),
    /** value: the link target */
    LINK("link"),
    /** value: the BCP 47 tag of the run's language */
    LANG("lang"),
    /** value: the TeX source */
    FORMULA("formula"),
    /** value: the label of the note cited */
    NOTEREF("noteref"),
    SUPERSCRIPT("sup"),
    SUBSCRIPT("sub"),
    SMALL_CAPS("smallcaps"),
    CODE("code");

    private final String jsonName;

    SpanKind(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static SpanKind fromJson(String name) {
        for (SpanKind k : values()) {
            if (k.jsonName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown span type \"" + name + "\"; known: "
                + java.util.Arrays.stream(values()).map(SpanKind::jsonName).toList().toString().toLowerCase(Locale.ROOT));
    }
}
