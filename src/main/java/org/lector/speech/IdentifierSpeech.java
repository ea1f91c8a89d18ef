package org.lector.speech;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identifiers and web addresses in running text, read before anything else can take them apart
 * (number speech would read an ISBN digit by digit, symbol speech a URL's slashes):
 * <ul>
 *   <li>an ISBN, ISSN, DOI, OCLC, PMID, arXiv and their kin, labelled ("ISBN 978-0-8032-1128-5")
 *       or a bare ISBN-13 or DOI, is left out at {@link CitationDetail#SHORT}: no listener can use
 *       thirteen digits. At {@link CitationDetail#FULL} it is read in its printed groups, "I S B N
 *       nine seven eight, zero, eight zero three two, one one two eight, five";</li>
 *   <li>a web address is read as its site, "https://www.ethz.ch/en/news.html" → "ethz dot ch",
 *       never "h t t p s colon slash slash"; a bare domain with a known ending
 *       ("biblehub.com") is read the same way, and a domain ending alone (".be") is "dot be";</li>
 *   <li>a media file's extension is not read: "Mudchute cow 1.ogg" → "Mudchute cow one".</li>
 * </ul>
 * Each pattern is possessive or anchored on a character the previous match cannot end on, and
 * values are scanned by hand loops, so the cost is linear in the text.
 */
final class IdentifierSpeech {
    /** A web address with a scheme or "www.", up to the next space, quote or bracket. */
    private static final Pattern URL = Pattern.compile(
            "(?<![\\p{L}\\p{N}@/.])(?:(?:https?|ftp)://|www\\.)[^\\s<>\"\\[\\]{}|]++");

    /** Endings of bare domains common in articles; file endings (".html", ".py", ".md") are not among them. */
    private static final String DOMAIN_ENDINGS = "com|org|net|edu|gov|mil|int|info|biz|io|co|ac|uk|us|ca|au|nz"
            + "|ie|de|fr|ch|at|nl|be|eu|it|es|pt|se|dk|fi|ru|pl|cz|jp|cn|kr|in|za|br|mx|ar|tv";

    /** "biblehub.com", "www.light2015.org" without a scheme; the ending is in lower case ("end.It" is a typo). */
    private static final Pattern DOMAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}./-])(?:[A-Za-z0-9][A-Za-z0-9-]{0,62}+\\.(?=[A-Za-z0-9]))++(?:" + DOMAIN_ENDINGS + ")"
                    + "(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])(?:/[^\\s<>\"\\[\\]{}|]*+)?");

    /** A domain ending on its own, as an infobox gives a country's: ".be", ".com", ".net". */
    private static final Pattern ENDING = Pattern.compile(
            "(?<=^|[ \\u00A0(])\\.(" + DOMAIN_ENDINGS + "|[a-z]{2}|NET|COM|ORG)(?![\\p{L}\\p{N}.])");

    /** The extension of a media file named in the text ("Mudchute cow 1.ogg"): the name is read, its type is not. */
    private static final Pattern FILE_EXTENSION = Pattern.compile(
            "(?<=[\\p{L}\\p{N}])\\.(?i:ogg|oga|ogv|mp3|wav|flac|midi?|jpe?g|png|svg|gif|tiff?|webm|webp|djvu)(?![\\p{L}\\p{N}])");

    /** The label of an identifier; its value is scanned by hand from the end of the match. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(ISBN(?:-1[03])?|E?ISSN|eISSN|OCLC|PMID|PMC|[Dd][Oo][Ii]|arXiv|JSTOR|LCCN|S2CID|Bibcode"
                    + "|hdl|ISMN|ASIN|SSRN|Zbl|OL|CiteSeerX|ISNI|ORCID)(?:[ \\u00A0]*+:)?+[ \\u00A0]*+");

    /** A bare ISBN-13 ("978-0-8032-1128-5", "9780803211285") or DOI ("10.1017/S0022…"). */
    private static final Pattern BARE = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-‐.])(?:97[89](?:[-‐]?+\\d){10}+(?![\\p{N}\\-‐])|10\\.\\d{4,9}+/[^\\s<>\"\\[\\]{}|]++)");

    /** How each label is said at full detail: spelled, or the word people use. */
    private static final Map<String, String> LABEL_WORDS = Map.ofEntries(
            Map.entry("ISBN", "I S B N"), Map.entry("ISSN", "I S S N"), Map.entry("EISSN", "E I S S N"),
            Map.entry("OCLC", "O C L C"), Map.entry("PMID", "P M I D"), Map.entry("PMC", "P M C"),
            Map.entry("DOI", "D O I"), Map.entry("ARXIV", "archive"), Map.entry("JSTOR", "J Stor"),
            Map.entry("LCCN", "L C C N"), Map.entry("S2CID", "S two C I D"), Map.entry("BIBCODE", "bibcode"),
            Map.entry("HDL", "handle"), Map.entry("ISMN", "I S M N"), Map.entry("ASIN", "A S I N"),
            Map.entry("SSRN", "S S R N"), Map.entry("ZBL", "Z B L"), Map.entry("OL", "Open Library"),
            Map.entry("CITESEERX", "CiteSeer X"), Map.entry("ISNI", "I S N I"), Map.entry("ORCID", "Orcid"));

    private static final String TRAILING = ".,;:!?'’”\"";
    /** No identifier is longer; a scan stops here, so a label repeated without values costs no more than its length. */
    private static final int MAX_VALUE = 120;

    private IdentifierSpeech() {
    }

    static String speak(String text, CitationDetail detail) {
        if (!mayHold(text)) {
            return text;
        }
        // each pattern only where its telltale characters are: a long text without them costs one scan
        String s = hasLabel(text) ? labelled(text, detail) : text;
        if (s.contains("97") || s.contains("10.")) {
            s = Rewriter.replace(BARE, s, m -> bare(m.group(), detail));
        }
        if (s.contains("://") || s.contains("www.")) {
            s = Rewriter.replace(URL, s, m -> site(m.group()));
        }
        if (!dotBeforeLetter(s)) {
            return s;
        }
        s = Rewriter.replace(ENDING, s, m -> "dot " + m.group(1).toLowerCase(Locale.ROOT));
        s = FILE_EXTENSION.matcher(s).replaceAll("");
        return Rewriter.replace(DOMAIN, s, m -> site(m.group()));
    }

    /** A dot with a letter right after it: the start of every domain, domain ending and file extension. */
    private static boolean dotBeforeLetter(String s) {
        for (int i = s.indexOf('.'); i >= 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            if (Character.isLetter(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether any identifier label may be in the text (the label pattern is costlier than these searches). */
    private static boolean hasLabel(String s) {
        for (String label : LABEL_STARTS) {
            if (s.contains(label)) {
                return true;
            }
        }
        return false;
    }

    private static final String[] LABEL_STARTS = {"ISBN", "ISSN", "OCLC", "PMID", "PMC", "DOI", "doi", "Doi", "arXiv",
        "JSTOR", "LCCN", "S2CID", "Bibcode", "hdl", "ISMN", "ASIN", "SSRN", "Zbl", "OL", "CiteSeerX", "ISNI", "ORCID"};

    /** A web address as its site: "https://www.ethz.ch/en/" → "ethz dot ch"; the punctuation after it is kept. */
    static String site(String address) {
        int end = address.length();
        boolean bracketInside = address.indexOf('(') >= 0;
        while (end > 0 && (TRAILING.indexOf(address.charAt(end - 1)) >= 0
                || address.charAt(end - 1) == ')' && !bracketInside)) {
            end--;
        }
        String trailing = address.substring(end);
        String a = address.substring(0, end);
        int scheme = a.indexOf("://");
        if (scheme >= 0) {
            a = a.substring(scheme + 3);
        }
        int hostEnd = 0;
        while (hostEnd < a.length() && "/?#:".indexOf(a.charAt(hostEnd)) < 0) {
            hostEnd++;
        }
        String host = a.substring(0, hostEnd).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) {
            host = host.substring(4);
        }
        String said = String.join(" dot ", host.split("\\.", -1)).strip();
        // the punctuation after the address belongs to the sentence: "see x.org." ends it
        return said.isEmpty() ? trailing : said + trailing;
    }

    private static boolean mayHold(String text) {
        return text.indexOf('.') >= 0 || text.indexOf(':') >= 0 || text.contains("978") || text.contains("979")
                || text.contains("ISBN") || text.contains("OCLC")
                || text.contains("PMID") || text.contains("ISSN") || text.contains("JSTOR") || text.contains("S2CID");
    }

    /** Every labelled identifier with its value, said or left out; a label with no value stays. */
    private static String labelled(String text, CitationDetail detail) {
        Matcher m = LABELLED.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String label = m.group(1);
            int valueEnd = label.startsWith("ISBN") ? isbnEnd(text, m.end()) : tokenEnd(text, m.end());
            if (valueEnd <= m.end() || !plausible(label, text.substring(m.end(), valueEnd))) {
                from = m.end();
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, m.start());
            if (detail == CitationDetail.FULL) {
                out.append(labelWords(label)).append(' ').append(grouped(text.substring(m.end(), valueEnd)));
            }
            copied = valueEnd;
            from = valueEnd;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * Where an ISBN's value ends: digits, X and hyphens up to thirteen digits; spaces only in an
     * ISBN written with spaces alone ("978 0 19 …"), so "ISBN 0-12-345678-9 12 pages" stops at the 9.
     */
    private static int isbnEnd(String text, int from) {
        int digits = 0;
        boolean hyphens = false;
        int end = from;
        for (int i = from; i < text.length() && digits < 13 && i - from < MAX_VALUE; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || (c == 'X' || c == 'x') && digits == 9) {
                digits++;
                end = i + 1;
            } else if (c == '-' || c == '‐' || c == '–') {
                hyphens = true;
            } else if (!(c == ' ' && !hyphens && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                break;
            }
        }
        return digits == 10 || digits == 13 ? end : from;
    }

    /** The end of a value token: up to a space, without the punctuation that follows it in a sentence. */
    private static int tokenEnd(String text, int from) {
        int i = from;
        int open = 0;
        while (i < text.length() && i - from < MAX_VALUE && !Character.isWhitespace(text.charAt(i))
                && "<>\"[]{}|".indexOf(text.charAt(i)) < 0) {
            char c = text.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')') {
                if (open == 0) {
                    break;
                }
                open--;
            }
            i++;
        }
        while (i > from && TRAILING.indexOf(text.charAt(i - 1)) >= 0) {
            i--;
        }
        return i;
    }

    /** A value that fits its label: digits for most, "10." for a DOI; "OL" only before digits and a letter. */
    private static boolean plausible(String label, String value) {
        if (value.isEmpty()) {
            return false;
        }
        String l = label.toUpperCase(Locale.ROOT);
        return switch (l) {
            case "DOI" -> value.startsWith("10.");
            case "ARXIV", "HDL", "ASIN", "CITESEERX" -> true;
            case "OL" -> value.matches("\\d{1,12}+[MWA]");
            default -> Character.isDigit(value.charAt(0));
        };
    }

    private static String bare(String value, CitationDetail detail) {
        if (detail != CitationDetail.FULL) {
            return "";
        }
        return labelWords(value.startsWith("10.") ? "DOI" : "ISBN") + " " + grouped(value);
    }

    private static String labelWords(String label) {
        String key = label.toUpperCase(Locale.ROOT);
        int dash = key.indexOf('-');
        if (dash > 0) {
            key = key.substring(0, dash); // "ISBN-13" is an ISBN
        }
        return LABEL_WORDS.getOrDefault(key, label);
    }

    /**
     * A value in its printed groups: digits by name, a hyphen or space a pause, "." "dot", "/"
     * "slash": "978-0-8032" → "nine seven eight, zero, eight zero three two". Letters are kept
     * (the acronym rules spell capitals).
     */
    static String grouped(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String word;
            if (c >= '0' && c <= '9') {
                word = NumberWords.digit(c);
            } else if (Character.isLetter(c)) {
                int e = i;
                while (e < value.length() && Character.isLetter(value.charAt(e))) {
                    e++;
                }
                word = value.substring(i, e);
                i = e - 1;
            } else {
                word = switch (c) {
                    case '.' -> "dot";
                    case '/' -> "slash";
                    case '-', '‐', '–', ' ', ':', '_' -> ",";
                    default -> "";
                };
            }
            if (word.isEmpty()) {
                continue;
            }
            if (word.equals(",")) {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ',') {
                    out.append(',');
                }
                continue;
            }
            out.append(out.length() > 0 ? " " : "").append(word);
        }
        return out.toString();
    }
}
