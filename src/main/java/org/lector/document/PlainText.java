package org.lector.document;

import java.util.List;

/** The plain text of inline content, as a reader would see it (note references omitted). */
public final class PlainText {
    private PlainText() {
    }

    public static String of(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        append(sb, inlines);
        return sb.toString().replaceAll("[ \\t\\u00A0]+", " ").trim();
    }

    /**
     * Text that an author escaped to show markup characters ({@code &#91;&#91;PDF&#93;&#93;},
     * {@code {{!}}} in a web page title) still reads as markup to a listener: doubled brackets
     * and braces become single ones and a spaced pipe used as a separator becomes a dash.
     */
    public static String withoutMarkupLookalikes(String s) {
        if (s.indexOf('|') < 0 && s.indexOf("[[") < 0 && s.indexOf("]]") < 0 && s.indexOf("{{") < 0
                && s.indexOf("}}") < 0) {
            return s;
        }
        return s.replace("[[", "[").replace("]]", "]").replace("{{", "{").replace("}}", "}")
                .replace(" | ", " – ");
    }

    private static void append(StringBuilder sb, List<Inline> inlines) {
        for (Inline in : inlines) {
            if (in instanceof Text t) {
                sb.append(t.value());
            } else if (in instanceof Emphasis e) {
                append(sb, e.children());
            } else if (in instanceof Link l) {
                append(sb, l.label());
            } else if (in instanceof LangSpan s) {
                append(sb, s.children());
            } else if (in instanceof Superscript s) {
                append(sb, s.children());
            } else if (in instanceof Subscript s) {
                append(sb, s.children());
            } else if (in instanceof SmallCaps s) {
                append(sb, s.children());
            } else if (in instanceof Code c) {
                append(sb, c.children());
            } else if (in instanceof MathInline m) {
                sb.append(m.tex());
            } else if (in instanceof LineBreak) {
                sb.append(' ');
            } else if (!(in instanceof NoteRef)) {
                // Java 17 cannot switch over the sealed kinds: a new kind must be added above
                throw new IllegalStateException("inline kind without plain text: " + in.getClass().getSimpleName());
            }
        }
    }
}
