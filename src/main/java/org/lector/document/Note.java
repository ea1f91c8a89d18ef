package org.lector.document;

import java.util.List;
import java.util.Locale;

/**
 * A footnote: a citation or an explanatory note. Notes are numbered per group in order of first
 * reference; identical citations share one note. {@code citations} keeps the structured sources
 * (when the note came from a citation template) so the spoken form can be phrased from data
 * rather than re-parsed from print.
 */
public final class Note {
    public enum Kind { CITATION, EXPLANATORY }

    private final Kind kind;
    private final String group;
    private final int number;
    private final List<Inline> content;
    private final List<Citation> citations;

    public Note(Kind kind, String group, int number, List<Inline> content, List<Citation> citations) {
        this.kind = kind;
        this.group = group == null ? "" : group;
        this.number = number;
        this.content = List.copyOf(content);
        this.citations = List.copyOf(citations);
    }

    public Kind kind() { return kind; }
    /** The ref group ("" for the default group, "lower-alpha" for efn notes, …). */
    public String group() { return group; }
    public int number() { return number; }
    public List<Inline> content() { return content; }
    public List<Citation> citations() { return citations; }

    /** The label a reader sees: "12", or "a" for the lower-alpha group. */
    public String label() {
        return switch (group) {
            case "lower-alpha", "lower-latin" -> alpha(number);
            case "upper-alpha", "upper-latin" -> alpha(number).toUpperCase(Locale.ROOT);
            case "lower-roman" -> roman(number).toLowerCase(Locale.ROOT);
            case "upper-roman" -> roman(number);
            case "lower-greek" -> number <= 24 ? String.valueOf((char) ('α' + number - 1 + (number > 17 ? 1 : 0))) : Integer.toString(number);
            case "" -> Integer.toString(number);
            default -> group + " " + number;
        };
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder sb = new StringBuilder();
        int x = n;
        for (int i = 0; i < values.length; i++) {
            while (x >= values[i]) {
                sb.append(symbols[i]);
                x -= values[i];
            }
        }
        return sb.toString();
    }

    private static String alpha(int n) {
        StringBuilder sb = new StringBuilder();
        int x = n;
        while (x > 0) {
            x--;
            sb.insert(0, (char) ('a' + x % 26));
            x /= 26;
        }
        return sb.toString();
    }
}
