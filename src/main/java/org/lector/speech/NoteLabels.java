package org.lector.speech;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A note's label as a listener should hear it after "note": a number in words ("twelve"), a
 * letter as a capital so the voice names it ("a" → "A", never the article "a"), a Roman label as
 * "roman two" (so it is not heard as the capital letters "I I"), a Greek one by its letter's name.
 * A ref group named like a note ({@code group=nb}, {@code group=note}: labels "nb 1", "note 1")
 * loses its name, which would double the word: "note one", not "note note one" or "note nb one".
 */
final class NoteLabels {
    /** Group names that only say "note": said once, by the phrase around the label. */
    private static final Set<String> NOTE_WORDS = Set.of("note", "notes", "nb", "n", "fn", "footnote", "footnotes",
            "nt", "efn", "ref", "reference", "references", "r", "lower-alpha", "upper-alpha", "lower-roman",
            "upper-roman", "lower-greek", "lower-latin", "upper-latin");

    private NoteLabels() {
    }

    /** The label in words. */
    static String said(String label, String group, LanguageRules rules) {
        String l = label.strip();
        String g = group == null ? "" : group.strip();
        if (!g.isEmpty() && l.length() > g.length() && l.regionMatches(true, 0, g, 0, g.length())
                && l.charAt(g.length()) == ' ') {
            String rest = l.substring(g.length() + 1).strip();
            l = NOTE_WORDS.contains(g.toLowerCase(Locale.ROOT)) ? rest : g + " " + rest;
        }
        String kind = g.toLowerCase(Locale.ROOT);
        if (kind.endsWith("-roman") && !l.isEmpty() && RomanNumerals.value(l.toUpperCase(Locale.ROOT)) > 0) {
            return "roman " + rules.count(RomanNumerals.value(l.toUpperCase(Locale.ROOT)));
        }
        if (!l.isEmpty() && l.codePoints().allMatch(Character::isLetter) && l.length() <= 3) {
            return letters(l);
        }
        return rules.words(l);
    }

    /**
     * The two arguments of the "markers" phrase ("notes {0} and {1}"): all labels but the last,
     * joined by commas, and the last. "notes three and four", "notes one, two and three"; after a
     * label ending in "hundred" a pause keeps the numbers apart: "notes three hundred, and three".
     */
    static String[] listed(List<String> said) {
        String allButLast = String.join(", ", said.subList(0, said.size() - 1));
        String before = said.get(said.size() - 2);
        boolean openNumber = before.endsWith("hundred") || before.endsWith("thousand") || before.endsWith("million");
        return new String[] {allButLast + (openNumber ? "," : ""), said.get(said.size() - 1)};
    }

    /** "a" → "A", "aa" → "A A", "β" → "beta": each letter named. */
    private static String letters(String l) {
        StringBuilder out = new StringBuilder();
        l.codePoints().forEach(cp -> {
            String name = GreekLetters.name(cp);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(name != null ? name : new String(Character.toChars(Character.toUpperCase(cp))));
        });
        return out.toString();
    }
}
