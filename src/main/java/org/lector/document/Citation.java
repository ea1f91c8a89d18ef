package org.lector.document;

import java.util.List;
import java.util.Map;

/**
 * One cited source in structured form. A short citation ({@code {{sfn}}}) fills authors, year and
 * an in-source location; a full reference ({@code {{cite book}}}) also fills {@code fields} with the
 * CS1 parameters worth reading (title, publisher, …). Location kinds: "p" (page), "pp" (pages),
 * "loc" (free text).
 */
public record Citation(List<String> authors, String year, String locationKind, String location,
                       Map<String, String> fields) {
    public Citation {
        authors = List.copyOf(authors);
        year = year == null ? "" : year;
        locationKind = locationKind == null ? "" : locationKind;
        location = location == null ? "" : location;
        fields = Map.copyOf(fields);
    }
}
