package org.lector.wikitext.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lector.document.Citation;

/**
 * One author–date short citation as {@code {{sfn}}}, {@code {{harv}}} and each source of
 * {@code {{sfnm}}} give it: up to four surnames, a year (may be empty) and an in-source location.
 * All values are plain text (markup already stripped by the reader).
 */
public record ShortCitation(List<String> authors, String year, String page, String pages, String loc) {
    public ShortCitation {
        authors = List.copyOf(authors);
        year = year == null ? "" : year;
        page = page == null ? "" : page;
        pages = page.isEmpty() && pages != null ? pages : "";
        loc = loc == null ? "" : loc;
    }

    /**
     * The structured form for the spoken note. Module:Footnotes shows p= in preference to pp=, so
     * the location kind follows the same order; a loc= next to a page is kept as field "loc".
     */
    public Citation toCitation() {
        Map<String, String> fields = new HashMap<>();
        if (!page.isEmpty()) {
            if (!loc.isEmpty()) {
                fields.put("loc", loc);
            }
            return new Citation(authors, year, "p", page, fields);
        }
        if (!pages.isEmpty()) {
            if (!loc.isEmpty()) {
                fields.put("loc", loc);
            }
            return new Citation(authors, year, "pp", pages, fields);
        }
        if (!loc.isEmpty()) {
            return new Citation(authors, year, "loc", loc, fields);
        }
        return new Citation(authors, year, "", "", fields);
    }

    /**
     * The parts Module:Footnotes concatenates into the footnote's ref name ("FOOTNOTE" + authors +
     * year + locations): two short citations with equal parts are the same footnote.
     */
    String keyParts() {
        StringBuilder sb = new StringBuilder();
        for (String a : authors) {
            sb.append(a);
        }
        return sb.append(year).append(page).append(pages).append(loc).toString();
    }
}
