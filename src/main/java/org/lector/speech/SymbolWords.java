package org.lector.speech;

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
            String word = word(text, i, c);
            if (word == null) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 32).append(text, 0, i);
            }
            if (c == '§' && i + 1 < text.length() && text.charAt(i + 1) == '§') {
                word = "sections";
                i++;
            } else if (c == '°' && i + 1 < text.length() && (text.charAt(i + 1) == 'C' || text.charAt(i + 1) == 'F')
                    && !(i + 2 < text.length() && Character.isLetter(text.charAt(i + 2)))) {
                word = text.charAt(i + 1) == 'C' ? "degrees Celsius" : "degrees Fahrenheit";
                i++;
            }
            if (c != '…') {
                // an ellipsis trails its word as the three dots did; every other symbol is a word
                space(out);
            }
            if (!word.isEmpty()) {
                out.append(word);
                if (i + 1 < text.length() && !closesOrSpace(text.charAt(i + 1))) {
                    out.append(' ');
                }
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
            case '≠' -> "is not equal to";
            case '≤' -> "is less than or equal to";
            case '≥' -> "is greater than or equal to";
            case '+' -> "plus";
            case '=' -> "equals";
            case '#' -> "number";
            case '@' -> "at";
            case '~' -> "about";
            case '→' -> "to";
            case '…' -> "...";
            case '/' -> slash(text, i);
            default -> null;
        };
    }

    /**
     * "and/or", "A/B", "he/she": alternatives, said "or". A slash that does not stand between two
     * words (a path, a URL, a stray one) is not spoken at all: "slash" is noise to a listener.
     */
    private static String slash(String text, int i) {
        boolean wordBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        return wordBefore && wordAfter ? "or" : "";
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
