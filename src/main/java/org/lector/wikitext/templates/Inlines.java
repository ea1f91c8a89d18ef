package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Code;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.LineBreak;
import org.lector.document.Link;
import org.lector.document.MathInline;
import org.lector.document.NoteRef;
import org.lector.document.SmallCaps;
import org.lector.document.Subscript;
import org.lector.document.Superscript;
import org.lector.document.Text;
import org.lector.wikitext.CharacterReferences;

/** Small helpers the content handlers share for building and reading inline runs. */
final class Inlines {
    private Inlines() {
    }

    static List<Inline> text(String s) {
        return s.isEmpty() ? List.of() : List.of(new Text(s));
    }

    /** A template argument used as plain text, which may still hold entities ({@code AD&nbsp;34}). */
    static List<Inline> printed(TemplateContext context, String s) {
        return List.of(new Text(CharacterReferences.decode(s, context::warn)));
    }

    /** An external link read by its label; nothing without an address. */
    static List<Inline> externalLink(String url, String label) {
        return url.isEmpty() ? List.of() : List.of(new Link(url, true, List.of(new Text(label))));
    }

    static List<Inline> concat(List<? extends Inline> a, List<? extends Inline> b) {
        List<Inline> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Joins runs with a separator, leaving out empty runs (an empty list item reads as nothing). */
    static List<Inline> join(List<List<Inline>> parts, String separator) {
        List<Inline> out = new ArrayList<>();
        for (List<Inline> p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new Text(separator));
            }
            out.addAll(p);
        }
        return out;
    }

    /**
     * Joins as English prose does and as Module:Hatnote list does: "A", "A and B", "A, B, and C"
     * (serial comma from three items on). {@code conjunction} is "and" or "or" (or "und").
     */
    static List<Inline> proseList(List<List<Inline>> parts, String conjunction) {
        List<List<Inline>> items = parts.stream().filter(p -> !p.isEmpty()).toList();
        List<Inline> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                boolean last = i == items.size() - 1;
                boolean serial = items.size() > 2 && !conjunction.equals("und");
                String sep = !last ? ", " : (serial ? ", " : " ") + conjunction + " ";
                out.add(new Text(sep));
            }
            out.addAll(items.get(i));
        }
        return out;
    }

    /** The text a reader sees in a run (labels of links, children of spans); formulas, breaks and note marks left out. */
    static String plain(List<? extends Inline> run) {
        StringBuilder sb = new StringBuilder();
        for (Inline i : run) {
            if (i instanceof Text t) {
                sb.append(t.value());
            } else if (i instanceof Emphasis e) {
                sb.append(plain(e.children()));
            } else if (i instanceof Link l) {
                sb.append(plain(l.label()));
            } else if (i instanceof LangSpan s) {
                sb.append(plain(s.children()));
            } else if (i instanceof Superscript s) {
                sb.append(plain(s.children()));
            } else if (i instanceof Subscript s) {
                sb.append(plain(s.children()));
            } else if (i instanceof SmallCaps s) {
                sb.append(plain(s.children()));
            } else if (i instanceof Code c) {
                sb.append(plain(c.children()));
            } else if (!(i instanceof MathInline || i instanceof LineBreak || i instanceof NoteRef)) {
                // Java 17 cannot switch over the sealed kinds: a new kind must be added above
                throw new IllegalStateException("inline kind without plain text: " + i.getClass().getSimpleName());
            }
        }
        return sb.toString();
    }

    /** True when a run holds nothing a reader would notice (only whitespace). */
    static boolean isBlank(List<? extends Inline> run) {
        for (Inline i : run) {
            if (!(i instanceof Text t) || !t.value().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** Drops HTML comments, which editors leave in parameters ("image3 = <!--x.jpg-->"). */
    static String stripComments(String wikitext) {
        return wikitext == null ? "" : wikitext.replaceAll("(?s)<!--.*?(-->|$)", "").trim();
    }
}
