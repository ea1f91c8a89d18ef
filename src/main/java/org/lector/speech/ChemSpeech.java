package org.lector.speech;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the body of an mhchem {@code \ce{…}} aloud: element symbols letter by letter ("Fe" → "F E",
 * as chemists say them), counts and subscripts as numbers ("2H2O" → "2 H 2 O"), charges ("Fe^{3+}" →
 * "F E 3 plus"), states ("(aq)" → "aqueous") and arrows ("->" → "yields").
 *
 * <p>Anything else (nested commands, unknown marks) makes the formula unreadable, and the caller
 * falls back to "formula: " and the source.
 */
final class ChemSpeech {

    private ChemSpeech() {
    }

    static List<String> speak(String ce) {
        List<String> words = new ArrayList<>();
        int i = 0;
        int n = ce.length();
        while (i < n) {
            char c = ce.charAt(i);
            if (Character.isWhitespace(c) || c == '{' || c == '}') {
                i++;
            } else if (ce.startsWith("<=>", i) || ce.startsWith("<->", i)) {
                words.add("is in equilibrium with");
                i += 3;
            } else if (ce.startsWith("->", i)) {
                words.add("yields");
                i += 2;
            } else if (ce.startsWith("<-", i)) {
                words.add("is formed from");
                i += 2;
            } else if (Character.isUpperCase(c) && c < 128) {
                // an element: a capital and at most two small letters ("Fe", "Uuo")
                int j = i + 1;
                while (j < n && j - i < 3 && Character.isLowerCase(ce.charAt(j)) && ce.charAt(j) < 128) {
                    j++;
                }
                for (int k = i; k < j; k++) {
                    words.add(String.valueOf(Character.toUpperCase(ce.charAt(k))));
                }
                i = j;
            } else if (Character.isDigit(c)) {
                int j = i;
                while (j < n && (Character.isDigit(ce.charAt(j)) || ce.charAt(j) == '.')) {
                    j++;
                }
                words.add(ce.substring(i, j));
                i = j;
            } else if (c == '(' || c == '[') {
                int close = ce.indexOf(c == '(' ? ')' : ']', i);
                String state = close < 0 ? null : state(ce.substring(i + 1, close));
                if (state != null) {
                    words.add(state);
                    i = close + 1;
                } else {
                    i++;
                }
            } else if (c == ')' || c == ']' || c == '_' || c == '^') {
                i++;
            } else if (c == '+') {
                words.add("plus");
                i++;
            } else if (c == '-') {
                // a charge ("OH-") or a single bond between atoms; a bond is heard as a pause
                boolean charge = i + 1 >= n || !Character.isLetter(ce.charAt(i + 1));
                if (charge) {
                    words.add("minus");
                }
                i++;
            } else if (c == '=') {
                words.add("double bond");
                i++;
            } else if (c == '#') {
                words.add("triple bond");
                i++;
            } else if (Character.isLowerCase(c) && c < 128) {
                // a variable such as the x of "Fe_{1-x}"
                words.add(String.valueOf(c));
                i++;
            } else if (c == '.' || c == '*' || c == '·') {
                words.add("dot");
                i++;
            } else {
                throw new FormulaSpeech.Unreadable("in \\ce: " + c);
            }
        }
        return words;
    }

    private static String state(String s) {
        return switch (s) {
            case "s" -> "solid";
            case "l" -> "liquid";
            case "g" -> "gas";
            case "aq" -> "aqueous";
            default -> null;
        };
    }
}
