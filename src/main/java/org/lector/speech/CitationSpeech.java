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

    /** Words of a reference that a structured reading may leave out without loss. */
    private static final java.util.Set<String> FORMAT_WORDS = java.util.Set.of(
            "p", "pp", "page", "pages", "in", "the", "of", "and", "a", "an", "ed", "eds", "edition", "editor",
            "editors", "vol", "volume", "no", "retrieved", "archived", "original", "isbn", "issn", "oclc", "doi",
            "et", "al", "press", "university", "from", "on", "at", "by", "s", "nd", "rd", "th", "st");
    private static final java.util.regex.Pattern IDENTIFIERS = java.util.regex.Pattern.compile(
            "\\b(?:ISBN|ISSN|OCLC|PMID|PMC|JSTOR|LCCN|Bibcode|arXiv|S2CID|hdl)\\b[:\\s]*+[\\w.\\-/:]++\\.?"
                    + "|\\bdoi:\\s*+\\S++|https?://\\S++");

    private static final java.util.regex.Pattern PAGE_BEFORE_CODE = java.util.regex.Pattern.compile(
            "\\b(pp?)\\.\\s*+(?=[A-Z]\\d|\\[)");

    /**
     * A note as words: from its structured sources when it is only a citation; as its own text
     * when it says more (an explanation, a quoted passage) than the sources hold. Identifiers
     * (ISBN, DOI, addresses) are left out: no listener can use a thirteen-digit number.
     */
    static String of(NoteText note) {
        String text = text(note.text());
        if (note.sources().isEmpty()) {
            return text;
        }
        List<String> parts = new ArrayList<>();
        for (Citation c : note.sources()) {
            parts.add(of(c));
        }
        String structured = String.join("; ", parts);
        return extraWords(text, structured) > 6 ? text : structured;
    }

    /** A note's own text as it is read: without identifiers, its pages as pages. */
    static String text(String noteText) {
        String text = IDENTIFIERS.matcher(noteText).replaceAll("").replaceAll("\\s{2,}", " ").trim();
        // newspaper and bracketed pages ("p. A21", "p. [392]") are pages too
        return PAGE_BEFORE_CODE.matcher(text).replaceAll(m -> m.group(1).equals("pp") ? "pages " : "page ");
    }

    /** How many words of the text the structured reading does not contain. */
    private static int extraWords(String text, String structured) {
        java.util.Set<String> known = new java.util.HashSet<>(words(structured));
        int extra = 0;
        for (String w : words(text)) {
            if (!known.contains(w) && !FORMAT_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)) {
                extra++;
            }
        }
        return extra;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
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
