package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Text;

/**
 * Print form of a {@link Cs1Reference}, in the order of Wikipedia's Module:Citation/CS1:
 * Authors (Date). "Chapter". In Editors (ed.). Title (Edition). Location: Publisher. p. N. ISBN.
 * URLs become link targets, never printed text; access and archive details are left out because
 * they are of no use to a listener or a braille reader.
 */
public final class Cs1Formatter {
    private Cs1Formatter() {
    }

    public static List<Inline> format(Cs1Reference r) {
        InlineSentence s = new InlineSentence(r.cs2() ? ", " : ". ");
        boolean lead = lead(r, s);
        boolean journalStyle = r.titleInQuotes() && (r.template().equals("cite journal")
                || (r.cs2() && (r.has("volume") || r.has("issue"))));
        if (r.titleInQuotes()) {
            String title = r.has("title") ? r.get("title") : r.get("chapter");
            String url = r.has("title") ? r.get("title-url") : r.get("chapter-url");
            addTitle(s, quoted(title, url), '"' + title + '"', r);
            addItalic(s, r.get("work"));
            if (r.has("volume") || r.has("issue")) {
                String vi = volumeIssue(r, journalStyle);
                s.add(journalStyle ? vi + journalPages(r) : vi);
            }
            s.add(r.get("agency"));
        } else {
            if (r.has("chapter")) {
                s.add(quoted(r.get("chapter"), r.get("chapter-url")), '"' + r.get("chapter") + '"');
            }
            if (!r.authors().isEmpty() && !r.editors().isEmpty()) {
                // Editors of the whole book follow its chapter as "In …"; without a chapter they
                // simply stand before the title.
                s.add((r.has("chapter") ? "In " : "") + names(r.editors(), r.editorsEtAl())
                        + (r.editors().size() > 1 || r.editorsEtAl() ? " (eds.)" : " (ed.)"));
            }
            String title = r.has("title") ? r.get("title") : r.get("work");
            addTitle(s, italic(link(title, r.get("title-url"))), title, r);
            s.add(r.get("series"));
            if (r.has("volume")) {
                s.add("Vol. " + r.get("volume"));
            }
        }
        s.add(placeAndPublisher(r));
        if (!lead) {
            s.add(date(r));
        }
        if (!journalStyle || !(r.has("volume") || r.has("issue"))) {
            s.add(location(r));
        }
        for (String id : ids(r)) {
            s.add(id);
        }
        String ps = r.has("postscript") ? r.get("postscript") : r.cs2() ? "" : ".";
        return s.finish(ps.equalsIgnoreCase("none") ? "" : ps);
    }

    /** Authors, or editors when there are no authors, with the date: "Kuromiya, Hiroaki (2013)". */
    private static boolean lead(Cs1Reference r, InlineSentence s) {
        String who;
        if (!r.authors().isEmpty()) {
            who = names(r.authors(), r.authorsEtAl());
        } else if (!r.editors().isEmpty()) {
            who = names(r.editors(), r.editorsEtAl())
                    + (r.editors().size() > 1 || r.editorsEtAl() ? ", eds." : ", ed.");
        } else {
            return false;
        }
        String date = r.get("date");
        String orig = r.has("orig-date") ? " [" + r.get("orig-date") + "]" : "";
        s.add((date.isEmpty() ? who : who + " (" + date + ")") + orig);
        return true;
    }

    /** "A; B; C", then "; et al." when display-authors cut the list, as CS1 prints them. */
    static String names(List<Cs1Name> names, boolean etAl) {
        List<String> printed = new ArrayList<>();
        for (Cs1Name n : names) {
            printed.add(n.print());
        }
        if (etAl) {
            printed.add("et al.");
        }
        return String.join("; ", printed);
    }

    private static String date(Cs1Reference r) {
        String d = r.get("date");
        return r.has("orig-date") ? (d + " [" + r.get("orig-date") + "]").trim() : d;
    }

    /** The title with what CS1 sets right after it: [translation] (type) (in Language) (2nd ed.). */
    private static void addTitle(InlineSentence s, List<Inline> title, String titlePlain, Cs1Reference r) {
        if (titlePlain.replace("\"", "").isBlank()) {
            return;
        }
        List<Inline> part = new ArrayList<>(title);
        StringBuilder after = new StringBuilder();
        if (r.has("trans-title")) {
            after.append(" [").append(r.get("trans-title")).append(']');
        }
        if (r.has("type")) {
            after.append(" (").append(r.get("type")).append(')');
        }
        String lang = languageName(r.get("language"));
        if (!lang.isEmpty()) {
            after.append(" (in ").append(lang).append(')');
        }
        if (r.has("edition")) {
            after.append(" (").append(edition(r.get("edition"))).append(')');
        }
        if (after.length() > 0) {
            part.add(new Text(after.toString()));
        }
        s.add(part, titlePlain + after);
    }

    private static void addItalic(InlineSentence s, String text) {
        if (!text.isEmpty()) {
            s.add(List.of(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text(text)))), text);
        }
    }

    // CS1 appends "ed." itself; writers who typed "2nd ed." or "Revised edition" would get it twice.
    private static String edition(String e) {
        String l = e.toLowerCase(Locale.ROOT);
        return l.endsWith("ed.") || l.contains("edition") || l.endsWith(" ed") ? e : e + " ed.";
    }

    /** English name of a language code ("ru" → "Russian"); English itself is not shown, as in CS1. */
    static String languageName(String language) {
        if (language.isEmpty()) {
            return "";
        }
        String name = language;
        if (language.matches("[a-zA-Z]{2,3}([-_][a-zA-Z0-9]{2,8})*")) {
            String n = Locale.forLanguageTag(language.replace('_', '-')).getDisplayLanguage(Locale.ENGLISH);
            name = n.isEmpty() ? language : n;
        }
        return name.equalsIgnoreCase("english") ? "" : name;
    }

    private static String volumeIssue(Cs1Reference r, boolean journalStyle) {
        String v = r.get("volume");
        String i = r.get("issue");
        if (!journalStyle) {
            String vol = v.isEmpty() ? "" : "Vol. " + v;
            String no = i.isEmpty() ? "" : "No. " + i;
            return vol.isEmpty() ? no : no.isEmpty() ? vol : vol + ", " + no;
        }
        return v.isEmpty() ? "(" + i + ")" : i.isEmpty() ? v : v + " (" + i + ")";
    }

    /** Journals put pages after volume and issue with a colon: "12 (3): 45–67". */
    private static String journalPages(Cs1Reference r) {
        if (r.has("page")) {
            return ": " + r.get("page");
        }
        if (r.has("pages")) {
            return ": " + r.get("pages");
        }
        return r.has("at") ? ": " + r.get("at") : "";
    }

    private static String placeAndPublisher(Cs1Reference r) {
        String place = r.get("location");
        String publisher = r.get("publisher");
        if (place.isEmpty()) {
            return publisher;
        }
        return publisher.isEmpty() ? place : place + ": " + publisher;
    }

    private static String location(Cs1Reference r) {
        if (r.has("page")) {
            return "p. " + r.get("page");
        }
        if (r.has("pages")) {
            return "pp. " + r.get("pages");
        }
        return r.get("at");
    }

    private static List<String> ids(Cs1Reference r) {
        List<String> ids = new ArrayList<>();
        if (r.has("isbn")) {
            ids.add("ISBN " + r.get("isbn"));
        }
        if (r.has("issn")) {
            ids.add("ISSN " + r.get("issn"));
        }
        if (r.has("oclc")) {
            ids.add("OCLC " + r.get("oclc"));
        }
        if (r.has("doi")) {
            ids.add("doi:" + r.get("doi"));
        }
        return ids;
    }

    private static List<Inline> quoted(String title, String url) {
        List<Inline> out = new ArrayList<>();
        out.add(new Text("\""));
        out.addAll(link(title, url));
        out.add(new Text("\""));
        return out;
    }

    private static List<Inline> italic(List<Inline> content) {
        return List.of(new Emphasis(Emphasis.Style.ITALIC, content));
    }

    /** The text as a link when a usable URL is given; a URL is a target, never read. */
    private static List<Inline> link(String text, String url) {
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("//")) {
            return List.of(new Link(url, true, List.of(new Text(text))));
        }
        return List.of(new Text(text));
    }
}
