package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Groups an infobox's parameters into the facts a reader sees, in the order they are written,
 * so that no label is lost and no fact is split in two:
 *
 * <ul>
 * <li>a parameter that labels another gives that one its label: {@code leader_title1} /
 *     {@code leader_name1} ("Monarch: Philippe"), {@code languages_type} / {@code languages}
 *     ("Recognised regional languages: …"), {@code subdivision_type} / {@code subdivision_name},
 *     {@code established_event1} / {@code established_date1}, {@code blank_name_sec1} /
 *     {@code blank_info_sec1}, {@code X_label} / {@code X}, {@code parts_type} / {@code p1}…;
 *     the generic {@code {{Infobox}}} pairs {@code labelN} with {@code dataN};</li>
 * <li>the same quantity in several units is one fact with its units: {@code area_km2} and
 *     {@code area_sq_mi} → "Area: 30,689 km² (11,849 sq mi)" ({@link InfoboxUnits});</li>
 * <li>coordinates given in parts ({@code latd}, {@code latm}, {@code latNS}, {@code longd}…) are
 *     one "Coordinates" fact;</li>
 * <li>a qualifier joins the fact it qualifies: its year ({@code religion_year}, "… (2023)"), its
 *     references and notes ({@code area_footnotes}, {@code population_note});</li>
 * <li>every other parameter is a fact labelled from its name ({@link InfoboxLabels}).</li>
 * </ul>
 */
final class InfoboxFacts {
    /** A fact before parsing: its label (wikitext when a parameter gave it, else plain) and its value's wikitext; a header has none. */
    record Fact(String label, boolean labelIsWikitext, String value) {
        static Fact named(String label, String value) {
            return new Fact(label, false, value);
        }

        /** A sub-heading of the box ({{Infobox}}'s headerN): a label and no value. */
        boolean isHeader() {
            return value.isEmpty();
        }
    }

    private static final Pattern NUMBERED = Pattern.compile("(label|data|header)(\\d+)");
    /** The word in a name that makes it the label of another: "leader_title1", "languages_type", "blank_name_sec1". */
    private static final Pattern LABELLING_WORD = Pattern.compile("(title|type|label|event|name)(\\d*)");
    private static final List<String> YEAR_QUALIFIERS = List.of("_year", "_as_of", "_yr");
    private static final List<String> NOTE_QUALIFIERS = List.of("_ref", "_refs", "_footnote", "_footnotes", "_note",
            "_notes", "_cite");
    /**
     * Parameters that mean nothing alone: qualifiers with no fact to join (references and arrows of
     * a field that is not there), a label with nothing to label, a settlement's blank field missing
     * its other half.
     */
    private static final Pattern DANGLING = Pattern.compile(".*_(ref|refs|footnote|footnotes|cite|change|sub|label)"
            + "|blank\\d*+_(name|info)(_sec\\d++)?+");
    private static final Set<String> COORDINATE_FIELDS = Set.of("coordinates", "coords", "coord", "coor");
    /** A taxobox's status= codes (IUCN categories and "domesticated"), which the box shows in words. */
    private static final Map<String, String> CONSERVATION = Map.ofEntries(Map.entry("EX", "Extinct"),
            Map.entry("EW", "Extinct in the wild"), Map.entry("CR", "Critically endangered"),
            Map.entry("EN", "Endangered"), Map.entry("VU", "Vulnerable"), Map.entry("NT", "Near threatened"),
            Map.entry("LC", "Least concern"), Map.entry("DD", "Data deficient"), Map.entry("NE", "Not evaluated"),
            Map.entry("CD", "Conservation dependent"), Map.entry("DOM", "Domesticated"));

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Map<String, String> originalKeys = new HashMap<>();
    private final Map<String, String> labelledBy = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** Unit parameters by the quantity they give ("area" → area_km2, area_sq_mi), in order. */
    private final Map<String, List<String>> unitKeys = new HashMap<>();
    private final Set<String> used = new HashSet<>();
    private final boolean english;
    private final List<Fact> facts = new ArrayList<>();

    private InfoboxFacts(Map<String, String> params, String titleKey, boolean english) {
        this.english = english;
        for (Map.Entry<String, String> e : params.entrySet()) {
            String key = InfoboxLabels.normalised(e.getKey());
            if (e.getKey().equals(titleKey) || key.isEmpty() || key.chars().allMatch(Character::isDigit)
                    || values.containsKey(key)) {
                continue;
            }
            values.put(key, Inlines.stripComments(e.getValue()));
            originalKeys.put(key, e.getKey());
        }
        for (String key : values.keySet()) {
            InfoboxUnits.UnitKey unit = InfoboxUnits.of(key);
            if (unit != null) {
                unitKeys.computeIfAbsent(unit.base(), b -> new ArrayList<>()).add(key);
            }
            String partner = partnerOf(key);
            // one pair per parameter: a label is not labelled, a labelled parameter labels nothing
            if (partner != null && !labelledBy.containsKey(partner) && !labels.containsKey(key)
                    && !labelledBy.containsKey(key) && !labels.containsKey(partner)) {
                labelledBy.put(partner, key);
                labels.put(key, partner);
            }
        }
    }

    /** The facts of an infobox's parameters; {@code titleKey} is the parameter that gave its title (left out). */
    static List<Fact> of(Map<String, String> params, String titleKey, boolean english) {
        InfoboxFacts f = new InfoboxFacts(params, titleKey, english);
        for (String key : List.copyOf(f.values.keySet())) {
            if (!f.used.contains(key)) {
                f.add(key);
            }
        }
        return f.facts;
    }

    private void add(String key) {
        Matcher numbered = NUMBERED.matcher(key);
        if (numbered.matches()) {
            numbered(numbered.group(2));
        } else if (key.matches("fam\\d+")) {
            family();
        } else if (InfoboxCoordinates.isPart(key)) {
            coordinates();
        } else if (labels.containsKey(key) || labelledBy.containsKey(key)) {
            pair(labels.containsKey(key) ? key : labelledBy.get(key));
        } else if (key.equals("parts_type") || key.matches("p\\d+") && values.containsKey("parts_type")) {
            parts();
        } else if (InfoboxUnits.of(key) != null && !skipped(key)) {
            units(InfoboxUnits.of(key).base());
        } else if (qualifies(key) != null || DANGLING.matcher(key).matches() || skipped(key) || values.get(key).isEmpty()) {
            used.add(key); // joined to its fact, or nothing a reader would want on its own
        } else if (key.equals("status") && CONSERVATION.containsKey(values.get(key).strip())) {
            used.add(key);
            facts.add(Fact.named("Conservation status", CONSERVATION.get(values.get(key).strip())));
        } else {
            used.add(key);
            facts.add(Fact.named(InfoboxLabels.of(originalKeys.get(key), english), qualified(key, values.get(key))));
        }
    }

    /** The parameter a labelling parameter labels, or null: the first of its possible partners that is given. */
    private String partnerOf(String key) {
        if (COORDINATE_FIELDS.contains(key) || !key.contains("_")) {
            return null;
        }
        String[] words = key.split("_");
        for (int i = words.length - 1; i > 0; i--) {
            Matcher m = LABELLING_WORD.matcher(words[i]);
            if (!m.matches()) {
                continue;
            }
            String digits = m.group(2);
            List<String> replacements = switch (m.group(1)) {
                case "title" -> List.of("name", "date", "info");
                case "type" -> List.of("", "name", "note", "info");
                case "label" -> List.of("");
                case "event" -> List.of("date");
                default -> List.of("info"); // blank_name_sec1 labels blank_info_sec1
            };
            for (String r : replacements) {
                String candidate = replaced(words, i, r, digits);
                if (!candidate.equals(key) && !values.getOrDefault(candidate, "").isEmpty() && !skipped(candidate)) {
                    return candidate;
                }
            }
            return null;
        }
        return null;
    }

    /** The name with word {@code i} replaced by {@code word} and its digits, or left out ("languages2_type" → "languages2"). */
    private static String replaced(String[] words, int i, String word, String digits) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < words.length; k++) {
            if (k == i) {
                if (word.isEmpty()) {
                    sb.append(digits);
                    continue;
                }
                sb.append('_').append(word).append(digits);
            } else {
                sb.append(k == 0 ? "" : "_").append(words[k]);
            }
        }
        return sb.toString();
    }

    private void pair(String labelKey) {
        String valueKey = labels.get(labelKey);
        used.add(labelKey);
        used.add(valueKey);
        String label = values.get(labelKey);
        String value = qualified(valueKey, values.get(valueKey));
        facts.add(label.isBlank() ? Fact.named(InfoboxLabels.of(originalKeys.get(valueKey), english), value)
                : new Fact(label, true, value));
    }

    /** {{Infobox}}'s generic rows: headerN a sub-heading, labelN the label of dataN. */
    private void numbered(String n) {
        used.add("label" + n);
        used.add("data" + n);
        used.add("header" + n);
        String header = values.getOrDefault("header" + n, "");
        if (!header.isEmpty()) {
            facts.add(new Fact(header, true, ""));
        }
        String data = values.getOrDefault("data" + n, "");
        if (!data.isEmpty()) {
            facts.add(new Fact(values.getOrDefault("label" + n, ""), true, data));
        }
    }

    /** A language's family, broadest first: fam1 Indo-European, fam2 Indo-Iranian, … */
    private void family() {
        List<String> chain = new ArrayList<>();
        for (int n = 1; values.containsKey("fam" + n); n++) {
            used.add("fam" + n);
            if (!values.get("fam" + n).isEmpty()) {
                chain.add(values.get("fam" + n));
            }
        }
        values.keySet().stream().filter(k -> k.matches("fam\\d+")).forEach(used::add);
        if (!chain.isEmpty()) {
            facts.add(Fact.named("Language family", String.join(", ", chain)));
        }
    }

    private void coordinates() {
        InfoboxCoordinates.partsOf(values.keySet()).forEach(used::add);
        boolean written = COORDINATE_FIELDS.stream().anyMatch(k -> !values.getOrDefault(k, "").isEmpty());
        String readable = InfoboxCoordinates.readable(values);
        if (!written && !readable.isEmpty()) {
            facts.add(Fact.named("Coordinates", qualified("coordinates", readable)));
        }
    }

    /** Settlements list their parts as p1, p2… under the label parts_type gives ("Districts: …"). */
    private void parts() {
        used.add("parts_type");
        List<String> parts = new ArrayList<>();
        for (String k : values.keySet()) {
            if (k.matches("p\\d+")) {
                used.add(k);
                if (!values.get(k).isEmpty()) {
                    parts.add(values.get(k));
                }
            }
        }
        String label = values.getOrDefault("parts_type", "");
        if (parts.isEmpty()) {
            return;
        }
        facts.add(label.isEmpty() ? Fact.named("Parts", String.join(", ", parts)) : new Fact(label, true, String.join(", ", parts)));
    }

    /** One quantity in every unit given: "30,689 km² (11,849 sq mi)". */
    private void units(String base) {
        List<String> shown = new ArrayList<>();
        String unitLabel = null;
        for (String k : unitKeys.get(base)) {
            InfoboxUnits.UnitKey unit = InfoboxUnits.of(k);
            used.add(k);
            String v = values.get(k);
            if (v.isEmpty() || InfoboxTemplate.isSetting(v)) {
                continue;
            }
            String withUnit = unit.withUnit(v);
            if (withUnit == null) {
                // not a plain number: the unit goes into the label, the value stays as written
                facts.add(Fact.named(InfoboxLabels.of(base, english) + " (" + (unit.perUnit() ? "per " : "") + unit.symbol() + ")", v));
            } else {
                shown.add(withUnit);
                unitLabel = unitLabel == null ? InfoboxLabels.of(base, english) : unitLabel;
            }
        }
        if (!shown.isEmpty()) {
            String value = shown.get(0) + (shown.size() > 1 ? " (" + String.join(", ", shown.subList(1, shown.size())) + ")" : "");
            facts.add(Fact.named(unitLabel, qualified(base, value)));
        }
    }

    /** The fact a qualifier joins ("religion" for "religion_year"), or null when there is none. */
    private String qualifies(String key) {
        if (key.equals("coor_pinpoint") || key.equals("coordinates_footnotes")) {
            return "coordinates";
        }
        if (key.equals("date") && values.containsKey("speakers")) {
            return "speakers"; // Infobox language: the year of the speaker count
        }
        for (List<String> endings : List.of(YEAR_QUALIFIERS, NOTE_QUALIFIERS)) {
            for (String q : endings) {
                if (key.endsWith(q)) {
                    String base = key.substring(0, key.length() - q.length());
                    if (values.containsKey(base) && !values.get(base).isEmpty() || unitKeys.containsKey(base)) {
                        return base;
                    }
                }
            }
        }
        return null;
    }

    /** A fact's value with what qualifies it: "59% no religion … (2023)" and its references. */
    private String qualified(String base, String value) {
        StringBuilder sb = new StringBuilder(value);
        String pinpoint = base.equals("coordinates") ? values.getOrDefault("coor_pinpoint", "") : "";
        if (!pinpoint.isEmpty()) {
            sb.append(" (").append(pinpoint).append(')');
        }
        List<String> years = base.equals("speakers") ? List.of("_year", "_as_of", "_yr", "@date") : YEAR_QUALIFIERS;
        for (String q : years) {
            String year = values.getOrDefault(q.equals("@date") ? "date" : base + q, "");
            if (!year.isEmpty()) {
                sb.append(" (").append(year).append(')');
            }
        }
        for (String q : NOTE_QUALIFIERS) {
            String note = values.getOrDefault(base + q, "");
            if (!note.isEmpty()) {
                // a reference clings to the value; a note in words is set apart
                sb.append(note.startsWith("<ref") || note.startsWith("{{") ? "" : " ").append(note);
            }
        }
        return sb.toString();
    }

    private static boolean skipped(String key) {
        return InfoboxTemplate.skipped(key);
    }

    static boolean english(String language) {
        return language == null || language.isEmpty() || language.toLowerCase(Locale.ROOT).startsWith("en");
    }
}
