package org.lector.speech;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Replaces the symbols left in prose with the words they stand for ("&" → "and", "±" → "plus or
 * minus"); engines skip most of them silently or read them by their Unicode names. Runs after
 * number speech, so symbols bound to numbers ("5%", "1/2", "km/h") have already been read there
 * and what remains belongs to words.
 *
 * <p>One pass over the characters; each symbol becomes its word with a space either side unless a
 * space or punctuation is already there.
 */
final class SymbolWords {

    private SymbolWords() {
    }

    static String speak(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String named = Character.isLetterOrDigit(c) || c == ' ' ? null : GlyphNames.mentioned(text, i);
            String word = named != null ? named : word(text, i, c);
            if (word == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32).append(text, 0, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
                i++; // a symbol outside the basic plane (an emoji): both halves go
            }
            if (named != null) {
                // named, not used: no unit, section or currency reading around it
            } else if (c == '§' && i + 1 < text.length() && text.charAt(i + 1) == '§') {
                word = "sections";
                i++;
            } else if (c == '°' && i + 1 < text.length() && (text.charAt(i + 1) == 'C' || text.charAt(i + 1) == 'F')
                    && !(i + 2 < text.length() && Character.isLetter(text.charAt(i + 2)))) {
                word = text.charAt(i + 1) == 'C' ? "degrees Celsius" : "degrees Fahrenheit";
                i++;
            } else if (c == '/' && word.equals("per")) {
                // "grams/min" → "grams per minute": the unit after the slash is said in full
                int e = i + 1;
                while (e < text.length() && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                String unit = text.substring(i + 1, e);
                word = "per " + UNITS.get(unit);
                i = e - 1;
                // "three/km two" (number speech read "km2"): per square kilometer
                if (LENGTHS.contains(unit)) {
                    for (String power : new String[] {" two", " three"}) {
                        int after = e + power.length();
                        if (text.startsWith(power, e) && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                            word = "per " + (power.equals(" two") ? "square " : "cubic ") + UNITS.get(unit);
                            i = after - 1;
                        }
                    }
                }
            }
            if (word.equals(",")) {
                pause(out);
                if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                    out.append(' ');
                }
                continue;
            }
            if (word.isEmpty()) {
                // a mark with no word (™, †, ⟨): gone, keeping the words on either side apart
                if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                        && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    out.append(' ');
                } else if (i + 1 == text.length() || closesOrSpace(text.charAt(i + 1))) {
                    // "photo ©" ends at "photo"; "a ★ rating" keeps one space
                    int end = out.length();
                    while (end > 0 && (out.charAt(end - 1) == ' ' || out.charAt(end - 1) == '\t')) {
                        end--;
                    }
                    out.setLength(end);
                }
                continue;
            }
            if (c != '…') {
                // an ellipsis trails its word as the three dots did; every other symbol is a word
                space(out);
            }
            out.append(word);
            if (i + 1 < text.length() && !closesOrSpace(text.charAt(i + 1))) {
                out.append(' ');
            }
        }
        return out == null ? text : out.toString();
    }

    private static String word(String text, int i, char c) {
        return switch (c) {
            case '&' -> "and";
            case '%' -> "percent";
            case '§' -> "section";
            case '°' -> "degrees";
            case '±' -> "plus or minus";
            case '∓' -> "minus or plus";
            case '×' -> "times";
            case '÷' -> "divided by";
            case '≈' -> "approximately";
            case '≃' -> "approximately equal to";
            case '≠' -> "is not equal to";
            case '≤' -> "is less than or equal to";
            case '≥' -> "is greater than or equal to";
            case '<' -> comparison(text, i, "is less than");
            case '>' -> comparison(text, i, "is greater than");
            case '+' -> "plus";
            case '−' -> "minus";
            case '=' -> "equals";
            // "C#", "F#": sharp after a note's letter; "# one" a number
            case '#' -> i == 1 && "ABCDEFG".indexOf(text.charAt(0)) >= 0
                    || i > 1 && "ABCDEFG".indexOf(text.charAt(i - 1)) >= 0 && !Character.isLetterOrDigit(text.charAt(i - 2))
                    ? "sharp" : "number";
            case '@' -> "at";
            case '~' -> startsWithNumberWord(text, i + 1) ? "about" : "";
            case '¢' -> "cents";
            case '→' -> "to";
            // the common signs of logic and sets, as a mathematician reads them
            case '∈' -> "in";
            case '∉' -> "not in";
            case '∞' -> "infinity";
            case '∀' -> "for all";
            case '∃' -> "there exists";
            case '∴' -> "therefore";
            case '∵' -> "because";
            case '⊂' -> "a subset of";
            case '⊆' -> "a subset of or equal to";
            case '∪' -> "union";
            case '∩' -> "intersection";
            case '∅' -> "the empty set";
            case '√' -> "the square root of";
            case '∑' -> "the sum of";
            case '∫' -> "the integral of";
            case '∝' -> "is proportional to";
            case '≡' -> "is identical to";
            case '⇒' -> "implies";
            case '⇔' -> "if and only if";
            case '¬' -> "not";
            // the sets of numbers: "x ∈ ℝ" is "x in R"
            case 'ℂ', 'ℍ', 'ℕ', 'ℙ', 'ℚ', 'ℝ', 'ℤ' -> String.valueOf(
                    java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKC));
            // "f′" is f prime; after a number ′ is a minute that number speech has read already
            case '′' -> i > 0 && Character.isLetter(text.charAt(i - 1)) ? "prime" : "";
            case '↔' -> "reversibly";
            case '∘' -> "composed with";
            case '▲' -> "up";
            case '▼' -> "down";
            case '▬' -> "unchanged";
            case '©' -> copyright(text, i);
            case '€', '$', '£', '¥' -> currency(text, i, c);
            case '…' -> "...";
            case '/' -> slash(text, i);
            case '|' -> ",";
            // "A*", "C*-algebra": a star after a single letter is part of the name
            case '*' -> i > 0 && Character.isLetter(text.charAt(i - 1))
                    && (i < 2 || !Character.isLetter(text.charAt(i - 2))) ? "star" : "";
            // footnote marks, editorial brackets and angle quotes are not read
            case '†', '‡', '˹', '˺', '⟨', '⟩', '‹', '›', '«', '»' -> "";
            default -> otherSymbol(text, i, c);
        };
    }

    /**
     * "x > y", "five > three": a comparison. Between two words ("Oxidizing Agents > Oxygen") or
     * after a comma it is a path through a site's pages, a breadcrumb: a pause.
     */
    private static String comparison(String text, int i, String words) {
        int b = i;
        while (b > 0 && text.charAt(b - 1) == ' ') {
            b--;
        }
        String before = wordEndingAt(text, b);
        String after = Abbreviations.nextWord(text, i + 1);
        boolean between = before.length() >= 2 && after.length() >= 2 && !isNumberWord(before) && !isNumberWord(after);
        return between || b > 0 && text.charAt(b - 1) == ',' ? "," : words;
    }

    private static String wordEndingAt(String text, int end) {
        int s = end;
        while (s > 0 && Character.isLetter(text.charAt(s - 1)) && end - s < 40) {
            s--;
        }
        return text.substring(s, end);
    }

    /** Any other mathematical, modifier or other symbol (™, ®, ★, emoji) has no word: it is dropped. */
    private static String otherSymbol(String text, int i, char c) {
        int type = Character.isHighSurrogate(c) && i + 1 < text.length()
                ? Character.getType(text.codePointAt(i)) : Character.getType(c);
        return type == Character.MATH_SYMBOL || type == Character.OTHER_SYMBOL
                || type == Character.MODIFIER_SYMBOL ? "" : null;
    }

    /** "© 2005" is a copyright; a © alone is not read. */
    private static String copyright(String text, int i) {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) == ' ') {
            j++;
        }
        return j < text.length() && (Character.isDigit(text.charAt(j)) || startsWithNumberWord(text, j))
                ? "copyright" : "";
    }

    /** "five", "hundred", "dozen": a word that ends or is a number in words. */
    static boolean isNumberWord(String word) {
        return NUMBER_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean startsWithNumberWord(String text, int from) {
        return NUMBER_WORDS.contains(Abbreviations.nextWord(text, from).toLowerCase(Locale.ROOT));
    }

    /**
     * A currency sign that number speech left (no number after it): "five €" is "five euros"; a
     * sign with no number before it either is not read.
     */
    private static String currency(String text, int i, char c) {
        int e = i;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        if (!NUMBER_WORDS.contains(text.substring(b, e).toLowerCase(Locale.ROOT))) {
            return "";
        }
        return switch (c) {
            case '€' -> "euros";
            case '$' -> "dollars";
            case '£' -> "pounds";
            default -> "yen";
        };
    }

    private static final Set<String> NUMBER_WORDS = Set.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
            "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred", "thousand", "million", "billion", "trillion", "dozen");

    /** Words after a slash that make it "per": units of time, length, mass and volume, and heads. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("s", "second"), Map.entry("sec", "second"), Map.entry("second", "second"),
            Map.entry("min", "minute"), Map.entry("minute", "minute"), Map.entry("h", "hour"),
            Map.entry("hr", "hour"), Map.entry("hour", "hour"), Map.entry("day", "day"), Map.entry("d", "day"),
            Map.entry("wk", "week"), Map.entry("week", "week"), Map.entry("month", "month"),
            Map.entry("mo", "month"), Map.entry("year", "year"), Map.entry("yr", "year"), Map.entry("y", "year"),
            Map.entry("annum", "annum"), Map.entry("person", "person"), Map.entry("capita", "capita"),
            Map.entry("head", "head"), Map.entry("km", "kilometer"), Map.entry("m", "meter"),
            Map.entry("cm", "centimeter"), Map.entry("mi", "mile"), Map.entry("ft", "foot"),
            Map.entry("kg", "kilogram"), Map.entry("g", "gram"), Map.entry("t", "ton"), Map.entry("L", "liter"),
            Map.entry("l", "liter"), Map.entry("kWh", "kilowatt hour"), Map.entry("ha", "hectare"),
            Map.entry("acre", "acre"), Map.entry("mile", "mile"), Map.entry("kilometre", "kilometre"),
            Map.entry("kilometer", "kilometer"), Map.entry("litre", "litre"), Map.entry("liter", "liter"));

    /** Units that "two"/"three" after them make square or cubic ("km two" was "km2"). */
    private static final Set<String> LENGTHS = Set.of("km", "m", "cm", "mi", "ft");

    /**
     * "grams/min", "three/km": "per" before a unit. "and/or", "A/B", "he/she": alternatives, said
     * "or". Any other slash (a path, a stray one) is a pause: "slash" is noise to a listener.
     */
    private static String slash(String text, int i) {
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        int e = i + 1;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        boolean wordAfter = e > i + 1 && (e == text.length() || !Character.isLetterOrDigit(text.charAt(e)));
        if (wordBefore && wordAfter) {
            String unit = text.substring(i + 1, e);
            if (UNITS.containsKey(unit) && (unit.length() > 1 || numberOrUnitBefore(text, i))) {
                return "per";
            }
        }
        if (wordBefore && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))) {
            return "or";
        }
        return ",";
    }

    /** "three/m", "kg/m": one-letter units only after a number word or another unit. */
    private static boolean numberOrUnitBefore(String text, int i) {
        int b = i;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        String before = text.substring(b, i);
        return NUMBER_WORDS.contains(before.toLowerCase(Locale.ROOT)) || UNITS.containsKey(before);
    }

    /** A pause where a bar or a stray slash stood: "a | b" → "a, b". */
    private static void pause(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        if (end > 0 && ",;:.([{\"“‘".indexOf(out.charAt(end - 1)) < 0) {
            out.append(',');
        }
    }

    /** A space before the word unless one is there already or the word opens a bracket. */
    private static void space(StringBuilder out) {
        if (out.length() > 0) {
            char last = out.charAt(out.length() - 1);
            if (!Character.isWhitespace(last) && "([{\"“‘".indexOf(last) < 0) {
                out.append(' ');
            }
        }
    }

    private static boolean closesOrSpace(char c) {
        return Character.isWhitespace(c) || ",.;:!?)]}\"”’'".indexOf(c) >= 0;
    }
}
