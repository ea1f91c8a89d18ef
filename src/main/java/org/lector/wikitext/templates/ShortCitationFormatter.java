package org.lector.wikitext.templates;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Print form of author–date short citations, following Wikipedia's Module:Footnotes (the code
 * behind {@code {{sfn}}}, {@code {{sfnp}}}, {@code {{sfnm}}} and the {@code {{harv}}} family), so
 * readers hear and see what Wikipedia's readers see: "Kotkin 2014, p. 426."
 */
public final class ShortCitationFormatter {

    /**
     * The bracket and separator settings each template passes to the module. "txt" styles open a
     * bracket before the year and close it at the very end: "Smith (2006, p. 25)".
     */
    public record Style(String bracketLeft, String bracketRight, String yearLeft, String yearRight,
                        String pageSep, String pagesSep) {
    }

    public static final Style SFN = new Style("", "", "", "", ", p. ", ", pp. ");
    public static final Style SFNP = new Style("", "", "(", ")", ", p. ", ", pp. ");
    public static final Style HARV = new Style("(", ")", "", "", ", p. ", ", pp. ");
    public static final Style HARVNB = SFN;
    public static final Style HARVTXT = new Style("", ")", "(", "", ", p. ", ", pp. ");
    public static final Style HARVP = SFNP;
    public static final Style HARVCOL = new Style("(", ")", "", "", ":", ":");
    public static final Style HARVCOLNB = new Style("", "", "", "", ":", ":");
    public static final Style HARVCOLTXT = new Style("", ")", "(", "", ":", ":");

    // Module:Footnotes' is_year, widened to hyphen ranges and "c.1990" because hand-typed
    // wikitext uses them and a missed year would be printed as a fifth author.
    private static final Pattern YEAR = Pattern.compile(
            "\\d{3,4}[a-z]?"
                    + "|n\\.d\\.[a-z]?|nd[a-z]?"
                    + "|c\\. ?\\d{3,4}[a-z]?"
                    + "|\\d{4}[–-]\\d{2}(\\d{2})?[a-z]?");

    private ShortCitationFormatter() {
    }

    /** True when a positional parameter is the year of an author–date citation. */
    public static boolean isYear(String s) {
        return s != null && YEAR.matcher(s.trim()).matches();
    }

    /** "A", "A & B", "A, B & C", and "A et al." from four names on. */
    public static String authors(List<String> names) {
        switch (names.size()) {
            case 0:
                return "";
            case 1:
                return names.get(0);
            case 2:
                return names.get(0) + " & " + names.get(1);
            case 3:
                return names.get(0) + ", " + names.get(1) + " & " + names.get(2);
            default:
                return names.get(0) + " et al.";
        }
    }

    /**
     * One citation in the given style, followed by {@code postscript} ("." for sfn, "" for harv).
     * A result that already ends in a dot ("n.d.", "et al.", "St.") does not get a second one.
     */
    public static String format(ShortCitation c, Style style, String postscript) {
        String ps = postscript == null ? "" : postscript;
        StringBuilder sb = new StringBuilder(authors(c.authors()));
        boolean yearBracketOpen = false;
        if (!c.year().isEmpty()) {
            sb.append(' ').append(style.yearLeft()).append(c.year()).append(style.yearRight());
            yearBracketOpen = !style.yearLeft().isEmpty() && style.yearRight().isEmpty();
        }
        if (!c.page().isEmpty()) {
            sb.append(style.pageSep()).append(c.page());
        } else if (!c.pages().isEmpty()) {
            sb.append(style.pagesSep()).append(c.pages());
        }
        if (!c.loc().isEmpty()) {
            sb.append(", ").append(c.loc());
        }
        // A "txt" style closes its year bracket with bracketRight; without a year there is
        // nothing to close, and a lone ")" would be read aloud.
        boolean txtStyle = !style.yearLeft().isEmpty() && style.yearRight().isEmpty();
        String right = txtStyle && !yearBracketOpen ? "" : style.bracketRight();
        // The module drops a doubled dot only after "n.d."/"et al." with no location; a location
        // ending in a dot ("loc=John, St.") would still give "St..", which no reader wants.
        if (right.isEmpty() && ps.startsWith(".") && sb.length() > 0 && sb.charAt(sb.length() - 1) == '.') {
            ps = ps.substring(1);
        }
        String out = style.bracketLeft() + sb + right + ps;
        return out.replaceAll("\\s+", " ").trim();
    }

    /** {@code {{sfnm}}}: sources joined with "; ", each with its own postscript, then the end one. */
    public static String formatMany(List<ShortCitation> sources, List<String> postscripts, Style style,
                                    String endPostscript) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sources.size(); i++) {
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(format(sources.get(i), style, postscripts.get(i)));
        }
        // The module drops the closing punctuation when the last source brought its own.
        boolean lastHasOwn = !postscripts.isEmpty() && !postscripts.get(postscripts.size() - 1).isEmpty();
        String end = endPostscript == null ? "" : endPostscript;
        if (!lastHasOwn && !(end.startsWith(".") && sb.length() > 0 && sb.charAt(sb.length() - 1) == '.')) {
            sb.append(end);
        }
        return sb.toString();
    }
}
