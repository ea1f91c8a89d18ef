package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An infobox label made from a parameter name, as a reader would write it: "birth_place" →
 * "Birth place", "TotalArea" → "Total area", "office1" → "Office", "area_total" → "Total area",
 * abbreviations spelled out ("cctld" → "Internet domain"). In an English box the words after the
 * first are lower case unless they are acronyms ("GDP", "HDI"); in another language their capitals
 * stay, since German nouns keep theirs ("AktuelleVersion" → "Aktuelle Version").
 */
final class InfoboxLabels {
    /** Parameter names that are abbreviations or run-together words, as a reader would label them. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("cctld", "Internet domain"), Map.entry("englishmotto", "Motto in English"),
            Map.entry("utc_offset", "UTC offset"), Map.entry("utc_offset_dst", "UTC offset in summer"),
            Map.entry("time_zone_dst", "Time zone in summer"), Map.entry("jr/sr", "Office"),
            Map.entry("drives_on", "Drives on"), Map.entry("calling_code", "Calling code"),
            Map.entry("gdp_ppp", "GDP (PPP)"), Map.entry("gdp_nominal", "GDP (nominal)"),
            Map.entry("hdi", "Human Development Index"), Map.entry("gini", "Gini coefficient"),
            Map.entry("iso1", "ISO 639-1"), Map.entry("iso2", "ISO 639-2"), Map.entry("iso3", "ISO 639-3"),
            Map.entry("glotto", "Glottolog"), Map.entry("ethnicity", "Ethnicity"),
            Map.entry("speakers", "Speakers"), Map.entry("date", "Date"), Map.entry("alma_mater", "Alma mater"),
            Map.entry("birth_name", "Birth name"), Map.entry("altname", "Other name"),
            Map.entry("nativename", "Native name"), Map.entry("dia", "Dialect"),
            Map.entry("ancestor", "Early form"), Map.entry("minority", "Minority language in"),
            Map.entry("nation", "Official language in"), Map.entry("pop_ref", "Population source"),
            Map.entry("coordinates", "Coordinates"), Map.entry("iso_code", "ISO code"),
            Map.entry("edbr", "Ease of doing business rank"), Map.entry("prevseason", "Previous tournament"),
            Map.entry("nextseason", "Next tournament"), Map.entry("num_teams", "Number of teams"));

    /** Abbreviated words inside English parameter names, as a reader would write them: "gdp_rank" → "GDP rank". */
    private static final Map<String, String> WORDS = Map.ofEntries(Map.entry("gdp", "GDP"), Map.entry("ppp", "PPP"),
            Map.entry("hdi", "HDI"), Map.entry("fdi", "FDI"), Map.entry("utc", "UTC"), Map.entry("iso", "ISO"),
            Map.entry("num", "number of"), Map.entry("pop", "population"), Map.entry("prev", "previous"),
            Map.entry("tourney", "tournament"), Map.entry("est", "estimate"), Map.entry("yr", "year"));

    /** Words that qualify the quantity before them in a parameter name and lead in a label: "area_total" → "Total area". */
    private static final Map<String, String> LEADING_QUALIFIERS = Map.of("total", "total", "land", "land",
            "water", "water", "urban", "urban", "metro", "metro", "rural", "rural", "max", "maximum", "min", "minimum");

    /** The quantities those qualifiers follow in a name ("percent_water" stays "Percent water"). */
    private static final Set<String> QUALIFIED = Set.of("area", "population", "elevation", "length", "width", "depth",
            "height");

    private InfoboxLabels() {
    }

    /** The label for parameter {@code key} in a box written in an English Wikipedia ({@code english}) or not. */
    static String of(String key, boolean english) {
        String trimmed = key.strip();
        String known = LABELS.get(normalised(trimmed));
        if (known == null) {
            known = LABELS.get(normalised(withoutFieldNumber(trimmed)));
        }
        if (known != null) {
            return known;
        }
        List<String> words = words(withoutFieldNumber(trimmed));
        if (words.isEmpty()) {
            return "";
        }
        if (words.size() == 2 && QUALIFIED.contains(words.get(0).toLowerCase(Locale.ROOT))
                && LEADING_QUALIFIERS.containsKey(words.get(1).toLowerCase(Locale.ROOT))) {
            words = List.of(LEADING_QUALIFIERS.get(words.get(1).toLowerCase(Locale.ROOT)), words.get(0));
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (english && WORDS.containsKey(w.toLowerCase(Locale.ROOT))) {
                w = WORDS.get(w.toLowerCase(Locale.ROOT));
            }
            if (i > 0) {
                sb.append(' ');
                sb.append(english && !isAcronym(w) ? w.toLowerCase(Locale.ROOT) : w);
            } else {
                sb.appendCodePoint(Character.toUpperCase(w.codePointAt(0))).append(w.substring(w.offsetByCodePoints(0, 1)));
            }
        }
        return sb.toString();
    }

    static String normalised(String key) {
        return key.strip().toLowerCase(Locale.ROOT).replaceAll("\\s++", "_");
    }

    /** "population_density", "TotalArea", "GDP_PPP" → their words; a lower-case letter before a capital starts a word. */
    private static List<String> words(String key) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < key.length(); ) {
            int c = key.codePointAt(i);
            boolean separator = c == '_' || c == '-' || Character.isWhitespace(c);
            boolean camelBoundary = Character.isUpperCase(c) && Character.isLowerCase(previous);
            if ((separator || camelBoundary) && word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            if (!separator) {
                word.appendCodePoint(c);
            }
            previous = c;
            i += Character.charCount(c);
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /** "GDP", "HDI", "EVAs": two or more capitals, kept as written. */
    private static boolean isAcronym(String word) {
        return word.codePoints().filter(Character::isUpperCase).count() > 1;
    }

    private static final List<String> UNITS = List.of("km", "sq mi", "mi", "m", "cm");

    /**
     * The key without the trailing digits that number repeated fields (office1, office2), except
     * in units (area_km2): what "(?<!km|sq mi|mi|m|cm)\\s*\\d+$" removes, found by walking back from
     * the end instead, since that pattern tries every position of a long run of spaces.
     */
    static String withoutFieldNumber(String key) {
        int digits = key.length();
        while (digits > 0 && key.charAt(digits - 1) >= '0' && key.charAt(digits - 1) <= '9') {
            digits--;
        }
        if (digits == key.length()) {
            return key;
        }
        int start = digits;
        while (start > 0 && " \t\n\u000B\f\r".indexOf(key.charAt(start - 1)) >= 0) {
            start--;
        }
        // the leftmost place the number may start from: before its spaces, else later
        for (int p = start; p < key.length(); p++) {
            int at = p;
            if (UNITS.stream().noneMatch(u -> at >= u.length() && key.startsWith(u, at - u.length()))) {
                return key.substring(0, p);
            }
        }
        return key;
    }
}
