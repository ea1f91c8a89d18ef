package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.document.Citation;

/**
 * A full reference read from a CS1/CS2 template, with aliases resolved: names in order and the
 * other parameters under one canonical key each (title, title-url, trans-title, chapter,
 * chapter-url, work, volume, issue, edition, series, agency, type, publisher, location, date,
 * orig-date, page, pages, at, isbn, issn, oclc, doi, language, postscript). Values are plain text.
 *
 * @param titleInQuotes true when the title is a part of a larger work (an article in a journal,
 *                      a page of a web site), which CS1 quotes and follows with the work in italics
 * @param cs2           {@code {{citation}}}: parts separated by commas, no closing full stop
 */
public record Cs1Reference(String template, boolean titleInQuotes, boolean cs2, List<Cs1Name> authors,
                           boolean authorsEtAl, List<Cs1Name> editors, boolean editorsEtAl,
                           Map<String, String> fields) {
    public Cs1Reference {
        authors = List.copyOf(authors);
        editors = List.copyOf(editors);
        fields = Map.copyOf(fields);
    }

    /** A field, empty when absent. */
    public String get(String key) {
        return fields.getOrDefault(key, "");
    }

    public boolean has(String key) {
        return !get(key).isEmpty();
    }

    // Parts a listener gains nothing from (links, page numbers are carried separately).
    private static final Set<String> NOT_SPOKEN = Set.of("title-url", "chapter-url", "page", "pages", "at",
            "postscript", "orig-date");
    /**
     * Four digits standing alone. Written with lookarounds on one character rather than \\b:
     * Java's \\b walks back over every combining mark before it, which over a run of them costs
     * the square of its length.
     */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}_])(\\d{4}[a-z]?)(?![\\p{L}\\p{N}\\p{M}_])");

    /**
     * The structured source for the spoken form: authors (or editors) in reading order, the
     * year, the in-source location, and fields worth reading (title, work, publisher, …) plus
     * "kind" (the template) and "editors".
     */
    public Citation toCitation() {
        List<String> names = new ArrayList<>();
        for (Cs1Name n : authors.isEmpty() ? editors : authors) {
            names.add(n.natural());
        }
        Map<String, String> spoken = new HashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!NOT_SPOKEN.contains(e.getKey()) && !e.getValue().isEmpty()) {
                spoken.put(e.getKey(), e.getValue());
            }
        }
        spoken.put("kind", template);
        if (!authors.isEmpty() && !editors.isEmpty()) {
            List<String> eds = new ArrayList<>();
            editors.forEach(n -> eds.add(n.natural()));
            spoken.put("editors", String.join("; ", eds));
        }
        if (authors.isEmpty() && !editors.isEmpty()) {
            spoken.put("names-are", "editors");
        }
        if ((authors.isEmpty() ? editorsEtAl : authorsEtAl)) {
            spoken.put("et-al", "yes");
        }
        Matcher m = YEAR.matcher(get("date"));
        String year = m.find() ? m.group(1) : get("date");
        String kind = has("page") ? "p" : has("pages") ? "pp" : has("at") ? "loc" : "";
        String where = has("page") ? get("page") : has("pages") ? get("pages") : get("at");
        return new Citation(names, year, kind, where, spoken);
    }
}
