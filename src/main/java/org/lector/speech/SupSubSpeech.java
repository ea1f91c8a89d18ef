package org.lector.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.speech.LanguageRules.Rewrite;

/**
 * Superscripts and subscripts as an English reader says them, decided from the text around the
 * run, before the normaliser sees it (which would read "10<sup>15</sup>" as "1015"):
 * <ul>
 *   <li>after a number, a power: "10<sup>15</sup>" → "10 to the power of 15";</li>
 *   <li>after a unit of length, an area or volume: "km<sup>2</sup>" → "square kilometres",
 *       "kg/m<sup>3</sup>" → "kilograms per cubic metre", "m/s<sup>2</sup>" → "metres per second squared";</li>
 *   <li>after a variable (one or two letters, a bracket), "squared", "cubed" or a power:
 *       "x<sup>n</sup>" → "x to the power of n", "2<sup>n−1</sup>" → "2 to the power of n−1";</li>
 *   <li>after a number, a raised "o" is a degree sign: "8<sup>o</sup>" → "8°";</li>
 *   <li>before an element symbol, a mass number: "<sup>16</sup>O" → "oxygen 16";</li>
 *   <li>a charge: "Ca<sup>2+</sup>" → "Ca 2 plus";</li>
 *   <li>the counts of a chemical formula: "H<sub>2</sub>O" → "H two O";</li>
 *   <li>an ending that makes an ordinal or an abbreviation, read with it: "1<sup>st</sup>", "M<sup>me</sup>".</li>
 * </ul>
 * Anything else is read as it is, set apart from the letters and digits it touches. Numbers are
 * left in digits where the normaliser reads them in context ("to the power of −3").
 */
final class SupSubSpeech {
    private static final Pattern NUMBER = Pattern.compile("[-−+]?\\d++(?:\\.\\d++)?");
    /** A short exponent with a variable: "n", "−x", "2n", "n−1", "n+1". */
    private static final Pattern EXPONENT = Pattern.compile(
            "([-−]?)((?:\\d*+\\p{Ll}|\\p{Ll})(?:[+−-](?:\\d++|\\p{Ll}))?)");
    /** After a number: an ordinal's ending in another language ("1<sup>a</sup>", "1<sup>e</sup>"), not a variable. */
    private static final Pattern ORDINAL_LETTER = Pattern.compile("[aeª]");
    /** After a number, a raised "o" is the degree sign typed without one: "8<sup>o</sup> 30′". */
    private static final Pattern DEGREE = Pattern.compile("[oº°]");
    private static final Pattern CHARGE = Pattern.compile("(\\d*+)([+−-])");
    private static final Pattern PER_UNIT = Pattern.compile("/(\\p{L}++)");
    /**
     * A word this short before a raised number is a variable or a product of them ("x", "mc");
     * a longer one carries a hand-written footnote number ("Smith<sup>1</sup>").
     */
    private static final int MAX_VARIABLE_LETTERS = 2;

    private SupSubSpeech() {
    }

    static Rewrite superscript(CharSequence before, String run, String after, EnglishVariety variety) {
        String r = run.strip();
        if (r.isEmpty()) {
            return Rewrite.of(run);
        }
        char last = lastChar(before);
        boolean number = NUMBER.matcher(r).matches();
        if (number && Character.isDigit(last)) {
            return Rewrite.of(power(r, after));
        }
        if (number && !Character.isLetterOrDigit(last) && !isBracket(last) && r.chars().allMatch(Character::isDigit)) {
            int symbol = Elements.symbolAt(after);
            if (symbol > 0) {
                String name = Elements.name(after.substring(0, symbol), variety);
                return new Rewrite(0, name + " " + r + apart(after, symbol), symbol);
            }
        }
        boolean squareOrCube = r.equals("2") || r.equals("3");
        if (squareOrCube && Character.isLetter(last)) {
            Rewrite unit = unit(before, r.equals("2"), after, variety);
            if (unit != null) {
                return unit;
            }
        }
        boolean variable = isVariable(before);
        if (variable && squareOrCube) {
            return product(before, (r.equals("2") ? " squared" : " cubed") + apart(after, 0));
        }
        if (variable && number) {
            return product(before, power(r, after));
        }
        if (Character.isDigit(last) && DEGREE.matcher(r).matches()) {
            return Rewrite.of("°");
        }
        Matcher v = EXPONENT.matcher(r);
        if (v.matches() && (variable || (Character.isDigit(last) && !ORDINAL_LETTER.matcher(r).matches()))) {
            return Rewrite.of(power((v.group(1).isEmpty() ? "" : "minus ") + v.group(2), after));
        }
        Matcher charge = CHARGE.matcher(r);
        if (charge.matches() && (Character.isLetter(last) || isBracket(last))) {
            String sign = charge.group(2).equals("+") ? "plus" : "minus";
            return Rewrite.of(" " + (charge.group(1).isEmpty() ? "" : charge.group(1) + " ") + sign + apart(after, 0));
        }
        Rewrite mark = footnoteMark(before, r, after);
        if (mark != null) {
            return mark;
        }
        boolean letters = r.chars().allMatch(Character::isLetter);
        if (letters && (Character.isDigit(last)
                || (Character.isUpperCase(last) && r.length() > 1 && r.chars().allMatch(Character::isLowerCase)))) {
            // "1st", "2nd", "Mme": the ending belongs to the word
            return Rewrite.of(r);
        }
        return Rewrite.of(apart(before, r) + r + apart(after, 0));
    }

    /**
     * A hand-written footnote mark raised after a word: "Smith<sup>1</sup>", "<sup>[3]</sup>",
     * "<sup>a</sup>" (a table's own notes) is "note one", "note three", "note A", set off by
     * pauses; "<sup>TM</sup>" and "<sup>SM</sup>" are marks nobody reads. Null for anything else.
     */
    private static Rewrite footnoteMark(CharSequence before, String r, String after) {
        if (r.equals("TM") || r.equals("SM") || r.equals("®")) {
            return Rewrite.of(apart(after, 0));
        }
        String label = r.startsWith("[") && r.endsWith("]") ? r.substring(1, r.length() - 1).strip() : r;
        if (label.regionMatches(true, 0, "note ", 0, 5) || label.regionMatches(true, 0, "nb ", 0, 3)) {
            label = label.substring(label.indexOf(' ') + 1).strip();
        }
        boolean bracketed = label.length() < r.length();
        boolean digits = !label.isEmpty() && label.length() <= 3 && label.chars().allMatch(Character::isDigit);
        boolean letter = label.length() == 1 && Character.isLetter(label.charAt(0));
        int end = before.length();
        boolean afterWord = end - letterRunStart(before, end) > MAX_VARIABLE_LETTERS
                || end > 0 && ".,;:)\"”’".indexOf(before.charAt(end - 1)) >= 0;
        if (!(digits || letter) || !(bracketed || afterWord && (digits || letter))) {
            return null;
        }
        String said = letter ? label.toUpperCase(java.util.Locale.ROOT) : label;
        return Rewrite.of(", note " + said + ", ");
    }

    static Rewrite subscript(CharSequence before, String run, String after, EnglishVariety variety) {
        String r = run.strip();
        char last = lastChar(before);
        if (!r.isEmpty() && r.chars().allMatch(Character::isDigit) && (Character.isLetter(last) || isBracket(last))) {
            // spelled here: left in digits, "C 6 H 12" would meet the unit rules ("2 W", "6 Pa")
            return Rewrite.of(" " + NumberWords.number(r, variety) + apart(after, 0));
        }
        return Rewrite.of(apart(before, r) + r + apart(after, 0));
    }

    /**
     * Two small letters before a power are a product of variables, each said: "mc<sup>2</sup>" →
     * "m c squared" (as one word a voice would say "mick"), "πr<sup>2</sup>" → "π r squared".
     */
    private static Rewrite product(CharSequence before, String power) {
        int end = before.length();
        int start = letterRunStart(before, end);
        if (end - start == 2 && Character.isLowerCase(before.charAt(start + 1))
                && (start == 0 || !Character.isLetterOrDigit(before.charAt(start - 1)))) {
            return new Rewrite(2, before.charAt(start) + " " + before.charAt(start + 1) + power, 0);
        }
        return Rewrite.of(power);
    }

    private static String power(String exponent, String after) {
        return " to the power of " + exponent + apart(after, 0);
    }

    /**
     * An area or volume after a unit of length ("km<sup>2</sup>" → "square kilometres"), a unit
     * squared or cubed after "per" ("kg/m<sup>3</sup>", "383/km<sup>2</sup>", "m/s<sup>2</sup>"),
     * and the unit it is divided by ("m<sup>3</sup>/s"); null when the word before is no unit.
     */
    private static Rewrite unit(CharSequence before, boolean square, String after, EnglishVariety variety) {
        int end = before.length();
        int start = letterRunStart(before, end);
        String symbol = before.subSequence(start, end).toString();
        if (UnitSpeech.name(symbol, true, variety) == null) {
            return null;
        }
        int from = start;
        String said;
        if (start > 0 && before.charAt(start - 1) == '/') {
            int firstStart = letterRunStart(before, start - 1);
            String first = before.subSequence(firstStart, start - 1).toString();
            String firstName = UnitSpeech.name(first, isOne(before, firstStart), variety);
            if (firstName != null) {
                from = firstStart;
                said = firstName + " per " + raised(symbol, true, square, variety);
            } else if (first.isEmpty() && Character.isDigit(lastChar(before.subSequence(0, start - 1)))) {
                from = start - 1;
                said = " per " + raised(symbol, true, square, variety);
            } else {
                return null;
            }
        } else if (UnitSpeech.isLength(symbol)) {
            said = raised(symbol, isOne(before, start), square, variety);
        } else {
            return null;
        }
        int taken = 0;
        Matcher per = PER_UNIT.matcher(after);
        String perName = per.lookingAt() ? UnitSpeech.name(per.group(1), true, variety) : null;
        if (perName != null) {
            said += " per " + perName;
            taken = per.end();
        }
        return new Rewrite(end - from, said + apart(after, taken), taken);
    }

    /** "square kilometres" for a length, "seconds squared" for anything else. */
    private static String raised(String symbol, boolean one, boolean square, EnglishVariety variety) {
        String name = UnitSpeech.name(symbol, one, variety);
        if (UnitSpeech.isLength(symbol)) {
            return (square ? "square " : "cubic ") + name;
        }
        return name + (square ? " squared" : " cubed");
    }


    /** Whether the quantity before the unit starting at {@code unitStart} is exactly one ("1 km"). */
    private static boolean isOne(CharSequence before, int unitStart) {
        int k = unitStart;
        while (k > 0 && Character.isSpaceChar(before.charAt(k - 1))) {
            k--;
        }
        if (k == 0 || before.charAt(k - 1) != '1') {
            return false;
        }
        char c = k >= 2 ? before.charAt(k - 2) : ' ';
        return !Character.isDigit(c) && c != '.' && c != ',';
    }

    private static boolean isVariable(CharSequence before) {
        int end = before.length();
        int letters = end - letterRunStart(before, end);
        return isBracket(lastChar(before)) || (letters > 0 && letters <= MAX_VARIABLE_LETTERS);
    }

    private static int letterRunStart(CharSequence s, int end) {
        int k = end;
        while (k > 0 && Character.isLetter(s.charAt(k - 1))) {
            k--;
        }
        return k;
    }

    private static boolean isBracket(char c) {
        return c == ')' || c == ']';
    }

    private static char lastChar(CharSequence s) {
        return s.length() == 0 ? ' ' : s.charAt(s.length() - 1);
    }

    /** A space when the text before ends in a letter or digit and the run starts with one. */
    private static String apart(CharSequence before, String run) {
        return Character.isLetterOrDigit(lastChar(before)) && Character.isLetterOrDigit(run.charAt(0)) ? " " : "";
    }

    /** A space when the text after the run (from {@code from}) starts with a letter or digit. */
    private static String apart(String after, int from) {
        return from < after.length() && Character.isLetterOrDigit(after.charAt(from)) ? " " : "";
    }
}
