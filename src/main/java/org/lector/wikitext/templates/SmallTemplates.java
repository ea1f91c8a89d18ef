package org.lector.wikitext.templates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.lector.document.Hatnote;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Text;

/**
 * Small templates common in the corpus whose output is a word or two: Bible references, legends,
 * identifiers, trend arrows, football cards. Each is one line in {@link #FORMS}: a function
 * from the call to the printed content.
 */
final class SmallTemplates implements TemplateHandler {
    private static final Map<String, BiFunction<TemplateCall, TemplateContext, List<Inline>>> FORMS = Map.ofEntries(
            // {{bibleverse|1 Corinthians|11:23–26|9}}: book, chapter and verse; the version is a link
            // target only. The older form puts a book number first: {{bibleverse|1|Corinthians|11:23}}.
            Map.entry("bibleverse", (c, x) -> text(bibleReference(c))),
            Map.entry("bibleverse-nb", (c, x) -> text(bibleReference(c))),
            // {{Version|o|0.1}}: a status letter (old, current, preview) and the version
            Map.entry("version", (c, x) -> x.parseInline(c.arg(2))),
            Map.entry("anl", (c, x) -> x.parseInline(c.arg(1))),
            Map.entry("legend", (c, x) -> x.parseInline(c.first("2", "text"))),
            Map.entry("legend inline", (c, x) -> x.parseInline(c.first("2", "text"))),
            Map.entry("legend striped", (c, x) -> x.parseInline(c.first("3", "text"))),
            Map.entry("n/a", (c, x) -> c.arg(1).isEmpty() ? text("N/A") : x.parseInline(c.arg(1))),
            Map.entry("na", (c, x) -> text("N/A")),
            Map.entry("bartable", (c, x) -> x.parseInline(c.arg(1))),
            Map.entry("val", (c, x) -> text(value(c))),
            Map.entry("uss", (c, x) -> text(("USS " + c.arg(1) + (c.arg(2).isEmpty() ? "" : " (" + c.arg(2) + ")")).trim())),
            Map.entry("hms", (c, x) -> text(("HMS " + c.arg(1) + (c.arg(2).isEmpty() ? "" : " (" + c.arg(2) + ")")).trim())),
            Map.entry("section link", (c, x) -> text(String.join(" § ", c.args().stream().filter(a -> !a.isEmpty()).toList()))),
            Map.entry("increase", (c, x) -> text("▲")),
            Map.entry("decrease", (c, x) -> text("▼")),
            Map.entry("steady", (c, x) -> text("▬")),
            Map.entry("yel", (c, x) -> text(("yellow card " + c.arg(1)).trim())),
            Map.entry("sent off", (c, x) -> text(("sent off " + c.arg(2)).trim())),
            Map.entry("isbn", (c, x) -> text("ISBN " + String.join(", ", c.args()))),
            Map.entry("oclc", (c, x) -> text("OCLC " + String.join(", ", c.args()))),
            Map.entry("issn", (c, x) -> text("ISSN " + String.join(", ", c.args()))),
            Map.entry("doi", (c, x) -> text("doi:" + c.arg(1))),
            Map.entry("url", (c, x) -> link(c.arg(1), c.arg(2).isEmpty() ? c.arg(1) : c.arg(2))),
            Map.entry("official website", (c, x) -> link(c.first("1", "url"), c.first("name", "2").isEmpty() ? "Official website" : c.first("name", "2"))),
            Map.entry("youtube", (c, x) -> text((c.first("title", "2") + " (YouTube)").trim())),
            Map.entry("google books", (c, x) -> x.parseInline(c.first("2", "title", "text"))),
            // several full citations in one footnote, one per parameter
            Map.entry("multiref", (c, x) -> citations(c, x)),
            Map.entry("multiref2", (c, x) -> citations(c, x)),
            // {{marriage|[[Michelle Robinson]]|1992}}: the spouse, then "m." and the years
            Map.entry("marriage", (c, x) -> marriage(c, x)),
            // cast tables: a coloured cell saying whether a character is main, recurring or guest
            Map.entry("cmain", (c, x) -> text("Main")),
            Map.entry("crecurring", (c, x) -> text("Recurring")),
            Map.entry("cguest", (c, x) -> text("Guest")),
            Map.entry("died in", (c, x) -> text(("d. " + c.arg(1)).trim())),
            Map.entry("century bc", (c, x) -> text(c.arg(1) + " century BC")),
            Map.entry("executive order", (c, x) -> text("Executive Order " + c.arg(1))),
            Map.entry("sigfig", (c, x) -> text(significant(c.arg(1), c.arg(2)))),
            Map.entry("slink", (c, x) -> text(String.join(" § ", c.args().stream().filter(a -> !a.isEmpty()).toList()))),
            Map.entry("increasepositive", (c, x) -> text("▲")),
            Map.entry("increasenegative", (c, x) -> text("▲")),
            Map.entry("decreasepositive", (c, x) -> text("▼")),
            Map.entry("decreasenegative", (c, x) -> text("▼")),
            // {{qref|4|155–160}}: a Quran reference, sura and verses
            Map.entry("qref", (c, x) -> text(("Quran " + c.arg(1) + (c.arg(2).isEmpty() ? "" : ":" + c.arg(2))).trim())),
            // computed from a price index Lector does not have: an unknown value (see Text.UNKNOWN)
            Map.entry("inflation", (c, x) -> unknown(x)),
            Map.entry("inflation-year", (c, x) -> unknown(x)),
            Map.entry("inflation/year", (c, x) -> unknown(x)),
            Map.entry("inflation-fn", (c, x) -> List.of()));

    @Override
    public Set<String> names() {
        java.util.Set<String> names = new java.util.HashSet<>(FORMS.keySet());
        names.add("see");
        names.addAll(MALAYALAM_MAIN);
        return names;
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        if (call.key().equals("see")) {
            return TemplateResult.block(new Hatnote("See", links(call, context)));
        }
        if (MALAYALAM_MAIN.contains(call.key())) {
            return TemplateResult.block(new Hatnote("പ്രധാന ലേഖനം", links(call, context)));
        }
        List<Inline> out = FORMS.get(call.key()).apply(call, context);
        return out.isEmpty() ? TemplateResult.nothing() : TemplateResult.inlines(out);
    }

    /** Malayalam Wikipedia's {{Main}}: "പ്രധാന ലേഖനം" (main article). */
    private static final Set<String> MALAYALAM_MAIN = Set.of("പ്രധാനലേഖനം", "പ്രലേ", "പ്രധാന ലേഖനം");

    private static List<Inline> links(TemplateCall c, TemplateContext x) {
        List<Inline> out = new java.util.ArrayList<>();
        for (String target : c.args()) {
            if (target.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.add(new Text(", "));
            }
            out.add(new Link(target, false, List.of(new Text(target))));
        }
        return out;
    }

    private static List<Inline> unknown(TemplateContext x) {
        x.warn("inflation-adjusted amounts cannot be computed here; the parenthesis holding them was left out");
        return List.of(new Text(String.valueOf(Text.UNKNOWN)));
    }

    private static List<Inline> marriage(TemplateCall c, TemplateContext x) {
        List<Inline> out = new java.util.ArrayList<>(x.parseInline(c.arg(1)));
        String years = c.arg(2) + (c.arg(3).isEmpty() ? "" : "–" + c.arg(3));
        if (!c.arg(2).isEmpty()) {
            out.add(new Text(" (m. " + org.apache.commons.text.StringEscapeUtils.unescapeHtml4(years) + ")"));
        }
        return out;
    }

    private static List<Inline> citations(TemplateCall c, TemplateContext x) {
        List<Inline> out = new java.util.ArrayList<>();
        for (String arg : c.args()) {
            List<Inline> one = x.parseInline(arg);
            if (!one.isEmpty()) {
                if (!out.isEmpty()) {
                    out.add(new Text(" "));
                }
                out.addAll(one);
            }
        }
        return out;
    }

    /** Arguments used as plain text may still hold entities ({@code AD&nbsp;34}). */
    private static List<Inline> text(String s) {
        return List.of(new Text(org.apache.commons.text.StringEscapeUtils.unescapeHtml4(s)));
    }

    private static List<Inline> link(String url, String label) {
        return url.isEmpty() ? List.of() : List.of(new Link(url, true, List.of(new Text(label))));
    }

    private static String bibleReference(TemplateCall c) {
        if (c.arg(3).matches("\\d+(:\\d.*)?") && !c.arg(2).matches("\\d.*")) {
            return (c.arg(1) + " " + c.arg(2) + " " + c.arg(3)).trim();
        }
        return (c.arg(1) + " " + c.arg(2)).trim();
    }

    /** {@code {{sigfig|4.22|1}}}: the number rounded to that many significant figures. */
    private static String significant(String number, String figures) {
        try {
            java.math.BigDecimal v = new java.math.BigDecimal(number.replace(",", ""));
            int n = Integer.parseInt(figures.isEmpty() ? "2" : figures);
            return v.round(new java.math.MathContext(n)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return number;
        }
    }

    /** {@code {{val|14.6|u=mg/L}}}, {@code {{val|1.2|e=3}}}, {@code {{val|5|(3)}}}: a number, its power of ten, its unit. */
    private static String value(TemplateCall c) {
        StringBuilder sb = new StringBuilder(c.arg(1));
        if (!c.getOrEmpty("e").isEmpty()) {
            sb.append("×10^").append(c.get("e"));
        }
        String unit = c.first("u", "ul");
        if (!unit.isEmpty()) {
            sb.append(' ').append(unit);
        }
        return sb.toString();
    }
}
