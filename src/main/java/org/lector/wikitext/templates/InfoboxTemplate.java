package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.document.Infobox;
import org.lector.document.Inline;

/**
 * Infoboxes (and taxoboxes) read as an {@link Infobox}: its title, then entries pairing a label
 * ("birth_place" → "Birth place") with its value parsed as inline wikitext.
 *
 * <p>The title is the subject the box names (name=, title=, above=, conventional_long_name=,
 * Name=, …), empty when it names none. Generic boxes pair labelN with dataN (an entry without a
 * label when labelN is missing) and turn headerN into an entry with no value, the way the box
 * shows it as a sub-heading. A "* a\n* b" list typed into a value joins
 * with ", " like {@code {{plainlist}}}. Left out: empty values, and parameters that
 * only place or style pictures and the box (image*, logo*, map*, caption, alt, *_size, width,
 * style, class, module, embed…), because a listener cannot see them and their captions read
 * without their images as riddles.
 */
final class InfoboxTemplate implements TemplateHandler {
    private static final List<String> TITLE_KEYS = List.of("name", "title", "above", "conventional_long_name",
            "Name", "Titel", "official_name", "common_name");
    private static final Pattern SKIP_PREFIX = Pattern.compile(
            "^(image|logo|insignia|patch|map|pushpin|module|signature|flag|coat|seal|symbol|locator|bild|karte|screenshot"
                    + "|beschreibung|relief|mapframe|child|embed|bodyclass|bodystyle|titlestyle|abovestyle|labelstyle"
                    + "|datastyle|headerstyle|captionstyle|belowstyle|image_map|color|colour|background|border"
                    + "|onlysourced|qid|fetchwikidata|noicon|blank_name|blank_info|ref$).*");
    private static final Pattern SKIP_SUFFIX = Pattern.compile(
            ".*(size|width|alt|caption|upright|style|class|color|colour|_type|_image|_pic|_map|_icon|_label|_link)$");
    private static final Pattern NUMBERED = Pattern.compile("^(label|data|header)(\\d+)$");
    /** leader_title1 = Monarch, leader_name1 = Philippe: one item "Monarch: Philippe". */
    private static final Pattern TITLE_NAME = Pattern.compile("^(.+)_title(\\d*)$");
    /** Keys that only feed links or tracking: reference-name keys, language tags of other fields. */
    private static final Pattern SKIP_KEY = Pattern.compile(
            "^(cianame|glottorefname|.*refname.*|.*_lang|lang\\d*|.*_ref|.*_footnote|gini_change|hdi_change)$");
    /** Values that are settings, not facts: "auto", or a bare media file name. */
    private static final Pattern SETTING_VALUE = Pattern.compile(
            "(?i)auto|[^\\s|\\[\\]{}]+\\.(jpe?g|png|svg|gif|tiff?|ogg|oga|ogv|wav|mp3|webm|flac)");

    @Override
    public Set<String> names() {
        return Set.of("taxobox", "speciesbox", "automatic taxobox", "subspeciesbox", "infraspeciesbox");
    }

    @Override
    public Set<String> prefixes() {
        return Set.of("infobox");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        List<Infobox.Entry> entries = new ArrayList<>();
        List<Inline> title = List.of();
        String titleKey = null;
        for (String k : TITLE_KEYS) {
            if (!Inlines.stripComments(call.getOrEmpty(k)).isEmpty()) {
                titleKey = k;
                List<Inline> parsed = context.parseInline(Inlines.stripComments(call.get(k)));
                if (!Inlines.isBlank(parsed)) {
                    title = parsed;
                }
                break;
            }
        }
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, String> e : call.params().entrySet()) {
            String key = e.getKey();
            if (key.equals(titleKey) || used.contains(key) || key.matches("\\d+")) {
                continue;
            }
            Matcher m = NUMBERED.matcher(key);
            if (m.matches()) {
                addNumbered(call, m.group(2), used, entries, context);
                continue;
            }
            if (key.matches("fam\\d+")) {
                // a language's family, broadest first: fam1 Indo-European, fam2 Indo-Iranian, …
                used.add(key);
                List<String> chain = new ArrayList<>();
                for (int n = 1; call.params().containsKey("fam" + n); n++) {
                    used.add("fam" + n);
                    String v = Inlines.stripComments(call.getOrEmpty("fam" + n));
                    if (!v.isEmpty()) {
                        chain.add(v);
                    }
                }
                addEntry(Inlines.text("Language family"), String.join(", ", chain), entries, context);
                continue;
            }
            Matcher pair = TITLE_NAME.matcher(key);
            String nameKey = pair.matches() ? pair.group(1) + "_name" + pair.group(2) : null;
            if (nameKey != null && call.params().containsKey(nameKey)) {
                used.add(nameKey);
                String term = Inlines.stripComments(e.getValue());
                addEntry(term.isEmpty() ? Inlines.text(label(key)) : context.parseInline(term), call.getOrEmpty(nameKey),
                        entries, context);
                continue;
            }
            if (skipped(key) || SKIP_KEY.matcher(key.toLowerCase(Locale.ROOT).trim()).matches()) {
                continue;
            }
            addEntry(Inlines.text(label(key)), e.getValue(), entries, context);
        }
        if (title.isEmpty() && entries.isEmpty()) {
            return TemplateResult.nothing();
        }
        return TemplateResult.block(new Infobox(title, entries));
    }

    private static void addNumbered(TemplateCall call, String n, Set<String> used, List<Infobox.Entry> entries,
                                    TemplateContext context) {
        used.add("label" + n);
        used.add("data" + n);
        used.add("header" + n);
        String header = Inlines.stripComments(call.getOrEmpty("header" + n));
        if (!header.isEmpty()) {
            entries.add(new Infobox.Entry(context.parseInline(header), List.of()));
        }
        String label = Inlines.stripComments(call.getOrEmpty("label" + n));
        addEntry(label.isEmpty() ? List.of() : context.parseInline(label), call.getOrEmpty("data" + n), entries,
                context);
    }

    private static void addEntry(List<Inline> label, String rawValue, List<Infobox.Entry> entries,
                                 TemplateContext context) {
        String value = Inlines.stripComments(rawValue);
        if (value.isEmpty() || SETTING_VALUE.matcher(value.trim()).matches()) {
            return;
        }
        // a bulleted list typed straight into a value reads like {{plainlist}}: items joined with ", "
        List<Inline> content = value.startsWith("*") || value.contains("\n*")
                ? Inlines.join(ListTemplates.starredItems(value).stream().map(context::parseInline).toList(), ", ")
                : context.parseInline(value);
        if (!Inlines.isBlank(content)) {
            entries.add(new Infobox.Entry(label, content));
        }
    }

    static boolean skipped(String key) {
        String k = key.toLowerCase(Locale.ROOT).trim();
        return SKIP_PREFIX.matcher(k).matches() || SKIP_SUFFIX.matcher(k).matches();
    }

    /** Parameter names that are abbreviations or run-together words, as a reader would label them. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("cctld", "Internet domain"), Map.entry("englishmotto", "Motto in English"),
            Map.entry("utc_offset", "UTC offset"), Map.entry("utc_offset_dst", "UTC offset in summer"),
            Map.entry("time_zone_dst", "Time zone in summer"), Map.entry("jr/sr", "Office"),
            Map.entry("drives_on", "Drives on"), Map.entry("calling_code", "Calling code"),
            Map.entry("gdp_ppp", "GDP (PPP)"), Map.entry("gdp_nominal", "GDP (nominal)"),
            Map.entry("hdi", "Human Development Index"), Map.entry("gini", "Gini coefficient"),
            Map.entry("iso1", "ISO 639-1"), Map.entry("iso2", "ISO 639-2"), Map.entry("iso3", "ISO 639-3"),
            Map.entry("ethnicity", "Ethnicity"),
            Map.entry("speakers", "Speakers"), Map.entry("date", "Date"), Map.entry("alma_mater", "Alma mater"),
            Map.entry("birth_name", "Birth name"), Map.entry("altname", "Other name"),
            Map.entry("nativename", "Native name"), Map.entry("dia1", "Dialect"), Map.entry("dia2", "Dialect"),
            Map.entry("dia3", "Dialect"), Map.entry("dia4", "Dialect"), Map.entry("dia5", "Dialect"),
            Map.entry("ancestor", "Early form"), Map.entry("ancestor2", "Early form"), Map.entry("ancestor3", "Early form"),
            Map.entry("minority", "Minority language in"), Map.entry("nation", "Official language in"),
            Map.entry("speakers2", "Speakers"), Map.entry("pop_ref", "Population source"));

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

    /** "birth_place" → "Birth place", "office1" → "Office", "Hauptstadt" stays. */
    static String label(String key) {
        String known = LABELS.get(key.trim().toLowerCase(Locale.ROOT).replace(' ', '_'));
        if (known != null) {
            return known;
        }
        String s = withoutFieldNumber(key.replace('_', ' ').trim()).replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return s;
        }
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
