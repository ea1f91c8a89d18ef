package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Degrees, minutes and seconds of arc, as in coordinates: "2°33′" / "2°33'" → "two degrees
 * thirty-three minutes", "50°51′N" → "fifty degrees fifty-one minutes N". A lone "45°" is a unit
 * ({@link UnitSpeech}).
 */
final class AngleSpeech {
    private static final Pattern DMS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}+(?:\\.\\d++)?)°[ \\u00A0]?(\\d{1,2}+(?:\\.\\d++)?)['′]"
            + "(?:[ \\u00A0]?(\\d{1,2}+(?:\\.\\d++)?)(?:\"|″|''))?"
            + "(?:[ \\u00A0]?([NSEW])(?![\\p{L}\\p{N}]))?");

    private AngleSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        if (text.indexOf('°') < 0) {
            return text;
        }
        return Rewriter.replace(DMS, text, m -> {
            StringBuilder out = new StringBuilder();
            out.append(part(m.group(1), "degree", variety)).append(' ').append(part(m.group(2), "minute", variety));
            if (m.start(3) >= 0) {
                out.append(' ').append(part(m.group(3), "second", variety));
            }
            if (m.start(4) >= 0) {
                out.append(' ').append(hemisphere(m.group(4).charAt(0)));
                // "50°51′N 4°21′E": a pause between latitude and longitude
                int e = m.end();
                boolean longitudeNext = (m.group(4).equals("N") || m.group(4).equals("S")) && e + 1 < text.length()
                        && Character.isWhitespace(text.charAt(e)) && Character.isDigit(text.charAt(e + 1));
                return longitudeNext ? out.append(',').toString() : out.toString();
            }
            // a compass letter glued on ("51′N") gets its own word
            int end = m.end();
            boolean letterNext = end < text.length() && Character.isLetter(text.charAt(end));
            return letterNext ? out.append(' ').toString() : out.toString();
        });
    }

    private static String hemisphere(char c) {
        return switch (c) {
            case 'N' -> "north";
            case 'S' -> "south";
            case 'E' -> "east";
            default -> "west";
        };
    }

    private static String part(String number, String unit, EnglishVariety variety) {
        return NumberWords.number(number, variety) + " " + unit + (NumberWords.isOne(number) ? "" : "s");
    }
}
