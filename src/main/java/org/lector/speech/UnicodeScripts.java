package org.lector.speech;

import org.lector.speech.LanguageRules.Rewrite;

/**
 * Superscript and subscript characters typed into the text ("E=mc²", "10⁶", "CO₂") read as the
 * same runs marked up with {@code <sup>} and {@code <sub>} are ({@link SupSubSpeech}): "m c
 * squared", "ten to the power of six", "C O two". A voice would skip the raised digit or read
 * "10⁶" as "ten".
 */
final class UnicodeScripts {
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ";
    private static final String SUPERSCRIPT_PLAIN = "0123456789+−=()ni";
    private static final String SUBSCRIPTS = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₙ";
    private static final String SUBSCRIPT_PLAIN = "0123456789+−=()aeoxn";

    private UnicodeScripts() {
    }

    static String read(String text, EnglishVariety variety) {
        if (!hasScripts(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean sup = SUPERSCRIPTS.indexOf(c) >= 0;
            boolean sub = SUBSCRIPTS.indexOf(c) >= 0;
            if (!sup && !sub) {
                out.append(c);
                i++;
                continue;
            }
            String from = sup ? SUPERSCRIPTS : SUBSCRIPTS;
            String to = sup ? SUPERSCRIPT_PLAIN : SUBSCRIPT_PLAIN;
            int end = i;
            StringBuilder run = new StringBuilder();
            while (end < text.length() && from.indexOf(text.charAt(end)) >= 0) {
                run.append(to.charAt(from.indexOf(text.charAt(end))));
                end++;
            }
            String after = text.substring(end);
            Rewrite r = sup ? SupSubSpeech.superscript(out, run.toString(), after, variety)
                    : SupSubSpeech.subscript(out, run.toString(), after, variety);
            out.setLength(out.length() - r.replacedBefore());
            out.append(r.text());
            i = end + r.takenAfter();
        }
        return out.toString();
    }

    private static boolean hasScripts(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '²' || c == '³' || c == '¹' || c >= '\u2070' && c <= '\u209C') {
                return true;
            }
        }
        return false;
    }
}
