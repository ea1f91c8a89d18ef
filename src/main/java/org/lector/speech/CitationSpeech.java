package org.lector.speech;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Citation;
import org.lector.script.NoteText;

/**
 * Phrases a citation as words from its structured form: "Kotkin, 2014, page 426" for a short
 * citation; "Hiroaki Kuromiya, Stalin, Routledge, 2013, page 60" for a full reference. Notes
 * without structure (an explanatory footnote, a hand-written reference) are read as their text.
 * The result is print-like text; {@link SpokenText} turns its numbers into words afterwards.
 */
final class CitationSpeech {
    private CitationSpeech() {
    }

    static String of(NoteText note) {
        if (note.sources().isEmpty()) {
            return note.text();
        }
        List<String> parts = new ArrayList<>();
        for (Citation c : note.sources()) {
            parts.add(of(c));
        }
        return String.join("; ", parts);
    }

    static String of(Citation c) {
        List<String> parts = new ArrayList<>();
        String authors = authors(c.authors());
        if (!authors.isEmpty()) {
            parts.add(authors);
        }
        String title = c.fields().getOrDefault("title", "");
        if (!title.isEmpty()) {
            parts.add(title);
        }
        for (String key : List.of("work", "journal", "encyclopedia", "website", "publisher")) {
            String v = c.fields().getOrDefault(key, "");
            if (!v.isEmpty() && !parts.contains(v)) {
                parts.add(v);
            }
        }
        if (!c.year().isEmpty()) {
            parts.add(c.year());
        }
        String location = location(c);
        if (!location.isEmpty()) {
            parts.add(location);
        }
        return String.join(", ", parts);
    }

    private static String authors(List<String> authors) {
        if (authors.isEmpty()) {
            return "";
        }
        if (authors.size() >= 4) {
            return authors.get(0) + " and others";
        }
        if (authors.size() == 1) {
            return authors.get(0);
        }
        return String.join(", ", authors.subList(0, authors.size() - 1)) + " and " + authors.get(authors.size() - 1);
    }

    private static String location(Citation c) {
        switch (c.locationKind()) {
            case "p":
                return "page " + c.location();
            case "pp":
                return (c.location().matches(".*[–—\\-,].*") ? "pages " : "page ") + c.location();
            default:
                return c.location();
        }
    }
}
