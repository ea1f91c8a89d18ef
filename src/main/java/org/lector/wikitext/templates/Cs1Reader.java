package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a CS1/CS2 template call ({@code {{cite book}}}, {@code {{citation}}}, …, and the German
 * {@code {{Literatur}}} and {@code {{Internetquelle}}}) into a {@link Cs1Reference}: aliases
 * resolved, names collected in order, values reduced to plain text.
 */
final class Cs1Reader {
    /** Canonical field → its aliases, the preferred one first (CS1's own order of precedence). */
    private static final Map<String, List<String>> ALIASES = new LinkedHashMap<>();

    static {
        alias("title", "title", "titel");
        alias("title-url", "url");
        alias("trans-title", "trans-title", "trans_title", "übersetzung");
        alias("chapter", "chapter", "contribution", "section", "entry", "article");
        alias("chapter-url", "chapter-url", "contribution-url", "section-url", "entry-url", "article-url");
        alias("work", "journal", "newspaper", "magazine", "website", "periodical", "work", "encyclopedia",
                "encyclopaedia", "dictionary", "book-title", "conference", "werk", "sammelwerk");
        alias("volume", "volume", "band");
        alias("issue", "issue", "number", "nummer", "heft");
        alias("edition", "edition", "auflage");
        alias("series", "series", "reihe");
        alias("agency", "agency");
        alias("type", "type", "degree", "medium", "typ");
        alias("publisher", "publisher", "institution", "school", "verlag");
        alias("location", "location", "place", "publication-place", "ort", "verlagsort");
        alias("date", "date", "year", "datum", "jahr");
        alias("orig-date", "orig-date", "orig-year", "origyear");
        alias("page", "page", "p", "seite");
        alias("pages", "pages", "pp", "seiten");
        alias("at", "at");
        alias("isbn", "isbn", "isbn13");
        alias("issn", "issn", "eissn");
        alias("oclc", "oclc");
        alias("doi", "doi");
        alias("language", "language", "lang", "sprache");
        alias("postscript", "postscript");
    }

    // Templates whose title is a part of something larger: quoted title, work in italics.
    private static final Set<String> PART_OF_WORK = Set.of("cite web", "cite news", "cite journal",
            "cite magazine", "cite press release", "cite conference", "cite episode", "cite serial",
            "cite mailing list", "cite newsgroup", "internetquelle", "cite podcast");

    private Cs1Reader() {
    }

    private static void alias(String canonical, String... keys) {
        ALIASES.put(canonical, List.of(keys));
    }

    static Cs1Reference read(TemplateCall call, TemplateContext context) {
        String template = call.key();
        Map<String, String> raw = lowerCased(call);
        boolean german = template.equals("literatur") || template.equals("internetquelle");

        Map<String, String> fields = new HashMap<>();
        for (Map.Entry<String, List<String>> e : ALIASES.entrySet()) {
            for (String key : e.getValue()) {
                String v = raw.get(key);
                if (v != null && !v.isBlank()) {
                    fields.put(e.getKey(), e.getKey().endsWith("url") ? v.trim() : plain(context, v));
                    break;
                }
            }
        }
        // {{Internetquelle}}'s Hrsg is the site's publisher; {{Literatur}}'s is the editor.
        if (template.equals("internetquelle") && raw.containsKey("hrsg")) {
            fields.putIfAbsent("publisher", plain(context, raw.get("hrsg")));
        }
        if (template.equals("cite episode") || template.equals("cite serial")) {
            moveSeriesToWork(fields);
        }
        defaultType(template, raw, fields);

        List<Cs1Name> authors = names(raw, context, "", german ? "autor" : null);
        List<Cs1Name> editors = names(raw, context, "editor-", template.equals("literatur") ? "hrsg" : null);
        int[] authorCut = display(raw.get("display-authors"), authors.size());
        int[] editorCut = display(raw.get("display-editors"), editors.size());

        boolean inQuotes = PART_OF_WORK.contains(template)
                || (fields.containsKey("work") && !template.equals("cite book") && !template.equals("literatur"));
        return new Cs1Reference(template, inQuotes, template.equals("citation"),
                authors.subList(0, authorCut[0]), authorCut[1] == 1,
                editors.subList(0, editorCut[0]), editorCut[1] == 1, fields);
    }

    /** CS1 shows a kind for some templates even when type= is absent: "(PhD thesis)", "(Report)". */
    private static void defaultType(String template, Map<String, String> raw, Map<String, String> fields) {
        if (template.equals("cite thesis") && !raw.containsKey("type")) {
            // type= is shown as given; degree=PhD becomes "PhD thesis", nothing at all "Thesis".
            String degree = fields.get("type");
            fields.put("type", degree == null ? "Thesis" : degree + " thesis");
        } else if (template.equals("cite report") && !fields.containsKey("type")) {
            fields.put("type", "Report");
        } else if (template.equals("cite press release") && !fields.containsKey("type")) {
            fields.put("type", "Press release");
        }
    }

    private static void moveSeriesToWork(Map<String, String> fields) {
        String series = fields.remove("series");
        if (series != null) {
            fields.putIfAbsent("work", series);
        }
    }

    /**
     * Names numbered 1…n in any of CS1's spellings (last1, author1, surname1, author1-last …),
     * each with its given name; then a whole list given as written (vauthors=, authors=) when no
     * numbered names exist. {@code role} is "" for authors, "editor-" for editors.
     */
    private static List<Cs1Name> names(Map<String, String> raw, TemplateContext context, String role,
                                       String germanKey) {
        List<Cs1Name> out = new ArrayList<>();
        String r = role.isEmpty() ? "author" : role.substring(0, role.length() - 1);
        for (int i = 1; i <= 99; i++) {
            String n = Integer.toString(i);
            String one = i == 1 ? "" : n;
            String last = firstOf(raw, role + "last" + one, role + "last" + n, role + "surname" + one,
                    role + "surname" + n, r + n + "-last", r + n + "-surname", r + one, r + n,
                    role.isEmpty() ? "author-last" + one : r + "-last" + one);
            if (last == null) {
                if (i > 2) {
                    break;      // numbering may start at 1 or be unnumbered; past 2 a gap ends it
                }
                continue;
            }
            String first = firstOf(raw, role + "first" + one, role + "first" + n, role + "given" + one,
                    role + "given" + n, r + n + "-first", r + n + "-given",
                    role.isEmpty() ? "author-first" + one : r + "-first" + one);
            out.add(new Cs1Name(plain(context, last), first == null ? "" : plain(context, first)));
        }
        if (out.isEmpty()) {
            String whole = firstOf(raw, role.isEmpty() ? "vauthors" : "veditors", r + "s", germanKey);
            if (whole != null) {
                out.add(new Cs1Name(plain(context, whole), ""));
            }
        }
        return out;
    }

    /** How many names to show and whether "et al." follows: display-authors=2, or "etal". */
    private static int[] display(String value, int count) {
        if (value == null || value.isBlank()) {
            return new int[] {count, 0};
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("etal")) {
            return new int[] {count, 1};
        }
        try {
            int n = Integer.parseInt(v);
            return n < count ? new int[] {Math.max(n, 0), 1} : new int[] {count, 0};
        } catch (NumberFormatException e) {
            return new int[] {count, 0};
        }
    }

    private static String firstOf(Map<String, String> raw, String... keys) {
        for (String k : keys) {
            if (k == null) {
                continue;
            }
            String v = raw.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    // CS1 names are case-sensitive, but German templates capitalise (Autor=, Titel=) and a
    // case-insensitive lookup costs nothing for the English ones.
    private static Map<String, String> lowerCased(TemplateCall call) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, String> e : call.params().entrySet()) {
            out.put(e.getKey().trim().toLowerCase(Locale.ROOT).replace('_', '-'), e.getValue().trim());
        }
        return out;
    }

    private static String plain(TemplateContext context, String wikitext) {
        return ShortCitationReader.plain(context, wikitext);
    }
}
