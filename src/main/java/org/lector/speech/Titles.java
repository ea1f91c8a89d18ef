package org.lector.speech;

import java.util.Map;

/**
 * Abbreviated titles and place words before a name: "Sen. Bill Nelson" → "Senator Bill Nelson",
 * "Lt. Gen. Smith" → "Lieutenant General Smith", "Mt. Everest" → "Mount Everest", "Ft. Worth" →
 * "Fort Worth". Engines read them as words ("sen", "gov") or letters; a listener hears the title.
 * Only before a name (or another title) is an abbreviation a title: "Gen." alone may be Genesis,
 * "Col." a column, "Rep." a republic ("Czech Rep."). British style writes many without the dot
 * ("Prof Smith", "Mt Kenya"); those are read before a name too.
 */
final class Titles {
    /** Abbreviation → title, for the ones read before a name. */
    private static final Map<String, String> BEFORE_NAME = Map.ofEntries(
            Map.entry("Mt", "Mount"), Map.entry("Mts", "Mounts"), Map.entry("Ft", "Fort"),
            Map.entry("Pt", "Point"), Map.entry("Rep", "Representative"), Map.entry("Reps", "Representatives"),
            Map.entry("Sen", "Senator"), Map.entry("Sens", "Senators"), Map.entry("Gov", "Governor"),
            Map.entry("Govs", "Governors"), Map.entry("Lt", "Lieutenant"), Map.entry("Col", "Colonel"),
            Map.entry("Capt", "Captain"), Map.entry("Sgt", "Sergeant"), Map.entry("Adm", "Admiral"),
            Map.entry("Maj", "Major"), Map.entry("Pres", "President"), Map.entry("Prof", "Professor"),
            Map.entry("Profs", "Professors"), Map.entry("Hon", "Honourable"), Map.entry("Cmdr", "Commander"),
            Map.entry("Cdr", "Commander"), Map.entry("Brig", "Brigadier"), Map.entry("Cpl", "Corporal"),
            Map.entry("Pvt", "Private"), Map.entry("Pte", "Private"), Map.entry("Msgr", "Monsignor"),
            Map.entry("Fr", "Father"), Map.entry("Supt", "Superintendent"), Map.entry("Insp", "Inspector"),
            Map.entry("Det", "Detective"), Map.entry("Cllr", "Councillor"), Map.entry("Atty", "Attorney"),
            Map.entry("Revd", "Reverend"), Map.entry("Gens", "Generals"), Map.entry("Amb", "Ambassador"),
            Map.entry("Sec", "Secretary"), Map.entry("Dist", "District"));

    /** Titles that may be written without their dot before a name ("Prof Smith", "Mt Kenya"). */
    private static final java.util.Set<String> DOTLESS = java.util.Set.of("Mt", "Ft", "Lt", "Col", "Capt", "Sgt",
            "Adm", "Maj", "Prof", "Cmdr", "Cdr", "Brig", "Cpl", "Pte", "Revd", "Cllr", "Supt", "Insp", "Msgr");

    /** The alternatives for the candidate pattern: every abbreviation this class reads. */
    static final String ALTERNATIVES = String.join("|", BEFORE_NAME.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList());

    private Titles() {
    }

    /**
     * The title for {@code abbr}, or null when it is not one here.
     *
     * @param nameAfter a name follows ("Sen. Bill Nelson")
     * @param next the word that follows, for "Lt. Gen.", "Rep. District" and "Sen. District"
     */
    static String spoken(String abbr, boolean dot, boolean nameAfter, String next) {
        String title = BEFORE_NAME.get(abbr);
        if (title == null || !dot && !DOTLESS.contains(abbr)) {
            return null;
        }
        boolean titleAfter = BEFORE_NAME.containsKey(next) || next.equals("Gen") || next.equals("Gov");
        if (!nameAfter && !titleAfter) {
            return null;
        }
        if (next.equals("District") || next.equals("Districts")) {
            // "State Sen. District 13", "State Rep. District": the chamber's district
            return switch (abbr) {
                case "Sen" -> "Senate";
                case "Rep" -> "Representative";
                default -> title;
            };
        }
        return title;
    }
}
