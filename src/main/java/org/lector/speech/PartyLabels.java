package org.lector.speech;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The party and state labels of American politics after a name: "Bernie Sanders (I)" →
 * "Bernie Sanders (Independent)", "Dick Durbin (D-IL)" → "(Democrat, Illinois)", "Ted Cruz
 * (R-TX)" → "(Republican, Texas)". Read as letters they are noise, and a lone "(I)" would be
 * heard as the pronoun. Only a label in brackets right after a capitalised name is read so.
 */
final class PartyLabels {
    private static final Map<String, String> PARTIES = Map.of(
            "D", "Democrat", "R", "Republican", "I", "Independent", "ID", "Independent Democrat",
            "L", "Libertarian", "G", "Green", "DFL", "Democratic Farmer Labor", "Ind", "Independent",
            "Dem", "Democrat", "Rep", "Republican");

    private static final Map<String, String> STATES = Map.ofEntries(
            Map.entry("AL", "Alabama"), Map.entry("AK", "Alaska"), Map.entry("AZ", "Arizona"),
            Map.entry("AR", "Arkansas"), Map.entry("CA", "California"), Map.entry("CO", "Colorado"),
            Map.entry("CT", "Connecticut"), Map.entry("DE", "Delaware"), Map.entry("FL", "Florida"),
            Map.entry("GA", "Georgia"), Map.entry("HI", "Hawaii"), Map.entry("ID", "Idaho"),
            Map.entry("IL", "Illinois"), Map.entry("IN", "Indiana"), Map.entry("IA", "Iowa"),
            Map.entry("KS", "Kansas"), Map.entry("KY", "Kentucky"), Map.entry("LA", "Louisiana"),
            Map.entry("ME", "Maine"), Map.entry("MD", "Maryland"), Map.entry("MA", "Massachusetts"),
            Map.entry("MI", "Michigan"), Map.entry("MN", "Minnesota"), Map.entry("MS", "Mississippi"),
            Map.entry("MO", "Missouri"), Map.entry("MT", "Montana"), Map.entry("NE", "Nebraska"),
            Map.entry("NV", "Nevada"), Map.entry("NH", "New Hampshire"), Map.entry("NJ", "New Jersey"),
            Map.entry("NM", "New Mexico"), Map.entry("NY", "New York"), Map.entry("NC", "North Carolina"),
            Map.entry("ND", "North Dakota"), Map.entry("OH", "Ohio"), Map.entry("OK", "Oklahoma"),
            Map.entry("OR", "Oregon"), Map.entry("PA", "Pennsylvania"), Map.entry("RI", "Rhode Island"),
            Map.entry("SC", "South Carolina"), Map.entry("SD", "South Dakota"), Map.entry("TN", "Tennessee"),
            Map.entry("TX", "Texas"), Map.entry("UT", "Utah"), Map.entry("VT", "Vermont"),
            Map.entry("VA", "Virginia"), Map.entry("WA", "Washington"), Map.entry("WV", "West Virginia"),
            Map.entry("WI", "Wisconsin"), Map.entry("WY", "Wyoming"), Map.entry("DC", "District of Columbia"),
            Map.entry("PR", "Puerto Rico"), Map.entry("GU", "Guam"), Map.entry("VI", "the Virgin Islands"),
            Map.entry("AS", "American Samoa"), Map.entry("MP", "the Northern Mariana Islands"));

    /** "(D)", "(R-TX)", "(I-VT)", "(D–IL)": a party, a dash and a state, after a capitalised word and a space. */
    private static final Pattern LABEL = Pattern.compile(
            "(?<=\\p{Ll}[ \\u00A0])\\((D|R|I|ID|L|G|DFL|Ind|Dem|Rep)(?:[-–‐]([A-Z]{2}))?\\)");

    private PartyLabels() {
    }

    static String speak(String text) {
        if (text.indexOf('(') < 0) {
            return text;
        }
        return Rewriter.replaceOrKeep(LABEL, text, m -> {
            String state = m.start(2) >= 0 ? STATES.get(m.group(2)) : "";
            // a party alone needs a full name before it ("Nancy Pelosi (D)", not "Plan (D)")
            if (state == null || !nameBefore(text, m.start() - 1, state.isEmpty() ? 2 : 1)) {
                return null;
            }
            return "(" + PARTIES.get(m.group(1)) + (state.isEmpty() ? "" : ", " + state) + ")";
        });
    }

    /** {@code words} capitalised words end just before {@code end}: "Sanders", "Bernie Sanders". */
    private static boolean nameBefore(String text, int end, int words) {
        int e = end;
        for (int w = 0; w < words; w++) {
            int i = e;
            while (i > 0 && Character.isLetter(text.charAt(i - 1)) && e - i < 40) {
                i--;
            }
            if (e - i < 2 || !Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            e = i - 1;
            if (w + 1 < words && (e < 0 || text.charAt(e) != ' ' && text.charAt(e) != '\u00A0')) {
                return false;
            }
        }
        return true;
    }
}
