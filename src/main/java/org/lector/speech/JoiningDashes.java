package org.lector.speech;

import java.util.Locale;
import java.util.Set;

/**
 * An en dash set close between two words joins them; it is no pause. It reads "to" where it runs
 * from one thing to another, a route ("White Sea–Baltic Canal", "London–Paris flight") or a span
 * of days or letters ("Monday–Friday", "A–Z"), and is otherwise heard as the short join of a
 * hyphen: "Michelson–Morley experiment", "Dallas–Fort Worth", "the O–O axis". A spaced dash and an
 * em dash are left to {@link SpokenText}, which reads them as the pause they are.
 */
final class JoiningDashes {
    /** Nouns that make a joined pair a route, seen within the next few words. */
    private static final Set<String> ROUTES = Set.of("canal", "railway", "railways", "railroad", "line", "highway",
            "road", "route", "motorway", "expressway", "turnpike", "pipeline", "flight", "flights", "ferry", "tunnel",
            "trail", "corridor", "train", "express", "rally", "marathon", "race", "airway", "waterway", "shuttle",
            "service", "crossing", "cable", "link", "freeway");
    private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun");
    /** How far after the dash a route noun may stand: "White Sea–Baltic Canal", "Moscow–Saint Petersburg Railway". */
    private static final int WORDS_AHEAD = 4;

    private JoiningDashes() {
    }

    static String speak(String text) {
        if (text.indexOf('–') < 0) {
            return text;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '–' && i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i - 1))
                    && Character.isLetter(text.charAt(i + 1))) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(isSpan(text, i) ? " to " : " ");
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** Whether the dash at {@code at} runs from one thing to another. */
    private static boolean isSpan(String text, int at) {
        String left = wordBefore(text, at);
        String right = wordAfter(text, at + 1);
        if (DAYS.contains(left.toLowerCase(Locale.ROOT)) && DAYS.contains(right.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (Elements.isSymbol(left) && Elements.isSymbol(right)) {
            return false; // a bond: "O–O", "C–H", "Cl–Cl"
        }
        if (left.length() == 1 && right.length() == 1) {
            return true; // "A–Z"
        }
        int i = at + 1;
        for (int w = 0; w < WORDS_AHEAD && i < text.length(); w++) {
            String word = wordAfter(text, i);
            if (word.isEmpty()) {
                return false;
            }
            if (ROUTES.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
            i += word.length();
            if (i >= text.length() || text.charAt(i) != ' ' && text.charAt(i) != '–' && text.charAt(i) != '-') {
                return false;
            }
            i++;
        }
        return false;
    }

    private static String wordBefore(String text, int end) {
        int i = end;
        while (i > 0 && end - i < 40 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end);
    }

    private static String wordAfter(String text, int start) {
        int i = start;
        while (i < text.length() && i - start < 40 && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return text.substring(start, i);
    }
}
