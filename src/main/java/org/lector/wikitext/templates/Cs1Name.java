package org.lector.wikitext.templates;

/**
 * One author or editor of a CS1 citation. {@code first} is empty for a name given whole
 * ({@code author=}, {@code vauthors=}, a corporate author), which is then printed as written.
 */
public record Cs1Name(String last, String first) {
    public Cs1Name {
        last = last == null ? "" : last;
        first = first == null ? "" : first;
    }

    /** Print order, as CS1 shows it: "Kuromiya, Hiroaki". */
    public String print() {
        return first.isEmpty() ? last : last + ", " + first;
    }

    /** Reading order, for the spoken form: "Hiroaki Kuromiya". */
    public String natural() {
        return first.isEmpty() ? last : first + " " + last;
    }
}
