package org.lector.speech;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Dates of access and archiving in a hand-written reference: nothing a listener can use. */
    private static final java.util.regex.Pattern ACCESS_DATES = java.util.regex.Pattern.compile(
            "\\(?+(?<![\\p{L}])(?:[Rr]etrieved|[Aa]ccessed|[Aa]rchived)(?![\\p{L}])[^.;()\\n]{0,80}+\\)?+\\.?+");

    /**
     * A note as words: from its structured sources when it is only a citation; as its own text
     * when it says more (an explanation, a quoted passage) than the sources hold. At short
     * detail identifiers (ISBN, DOI), addresses and access dates are left out: no listener can
     * use a thirteen-digit number.
     */
    static String of(NoteText note, CitationDetail detail) {
        String text = text(note.text(), detail);
        if (note.sources().isEmpty()) {
            return text;
        }
        List<String> parts = new ArrayList<>();
        List<String> everything = new ArrayList<>();
        for (Citation c : note.sources()) {
            parts.add(of(c, detail));
            everything.add(of(c, CitationDetail.FULL));
        }
        // the text says more than its sources when it holds words that no field does, at any detail
        return extraWords(text, String.join("; ", everything)) > 6 ? text : String.join("; ", parts);
    }

    /**
     * A note's own text as it is read: its pages as pages; at short detail without identifiers,
     * addresses and access dates; at full detail the identifiers stay, for the spoken form to read
     * in their groups.
     */
    static String text(String noteText, CitationDetail detail) {
        String text = noteText;
        if (detail == CitationDetail.SHORT) {
            text = IDENTIFIERS.matcher(text).replaceAll("");
            text = ACCESS_DATES.matcher(text).replaceAll("");
        }
        text = text.replaceAll("\\s{2,}", " ").trim();
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

    /** Fields read at short detail, in order, after authors and title: the periodical or site. */
    private static final List<String> WORKS = List.of("work", "journal", "encyclopedia", "website");
    /** Identifiers read at full detail, in their groups. */
    private static final List<String> IDENTIFIER_FIELDS = List.of("isbn", "issn", "oclc", "doi");

    /**
     * A structured source as words. Short: authors, title, the periodical or site (the publisher
     * when nothing else names the source), year, pages. Full: also chapter, editors, edition,
     * volume, issue, place and publisher, and the identifiers.
     */
    static String of(Citation c, CitationDetail detail) {
        boolean full = detail == CitationDetail.FULL;
        Map<String, String> f = c.fields();
        List<String> parts = new ArrayList<>();
        add(parts, authors(c.authors()));
        if (full) {
            add(parts, f.getOrDefault("chapter", ""));
        }
        add(parts, f.getOrDefault("title", ""));
        for (String key : WORKS) {
            add(parts, f.getOrDefault(key, ""));
        }
        if (full) {
            String editors = f.getOrDefault("editors", "");
            add(parts, editors.isEmpty() ? "" : "edited by " + editors);
            String edition = f.getOrDefault("edition", "");
            add(parts, edition.isEmpty() || edition.toLowerCase(java.util.Locale.ROOT).contains("ed")
                    ? edition : edition + " edition");
            String volume = f.getOrDefault("volume", "");
            add(parts, volume.isEmpty() ? "" : "volume " + volume);
            String issue = f.getOrDefault("issue", "");
            add(parts, issue.isEmpty() ? "" : "issue " + issue);
            add(parts, f.getOrDefault("location", ""));
        }
        if (full || c.authors().isEmpty() && parts.size() <= 1) {
            add(parts, f.getOrDefault("publisher", ""));
        }
        add(parts, c.year());
        add(parts, location(c));
        if (full) {
            for (String key : IDENTIFIER_FIELDS) {
                String v = f.getOrDefault(key, "");
                add(parts, v.isEmpty() ? "" : key.toUpperCase(java.util.Locale.ROOT) + " " + v);
            }
        }
        return String.join(", ", parts);
    }

    /** A part not empty and not said already (a work that is also the publisher). */
    private static void add(List<String> parts, String part) {
        if (!part.isEmpty() && !parts.contains(part)) {
            parts.add(part);
        }
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
