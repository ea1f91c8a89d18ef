package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Degrees, minutes and seconds of arc, as in coordinates: "2°33′" / "2°33'" → "two degrees
 * thirty-three minutes", "50°51′N" → "fifty degrees fifty-one minutes north", "60°N" → "sixty
 * degrees north", "(0.67408N, 23.47297E)" → "zero point six seven four zero eight north, …
 * east". A lone "45°" is a unit ({@link UnitSpeech}).
 */
final class AngleSpeech {
    private static final Pattern DMS = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}+(?:\\.\\d++)?)°[ \\u00A0]?(\\d{1,2}+(?:\\.\\d++)?)['′]"
            + "(?:[ \\u00A0]?(\\d{1,2}+(?:\\.\\d++)?)(?:\"|″|''))?"
            + "(?:[ \\u00A0]?([NSEW])(?![\\p{L}\\p{N}]))?");

    /** Whole or decimal degrees with a compass letter: "60°N", "130°W", "8.5° N". */
    private static final Pattern DEGREES_TOWARD = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}+(?:\\.\\d++)?)°[ \\u00A0]?([NSEW])(?![\\p{L}\\p{N}])");

    /**
     * Decimal degrees with the compass letter glued on and no degree sign, as coordinate
     * templates print them: "(0.67408N, 23.47297E)". Two decimals at least, so "2.5E6" (E
     * notation, digits follow) and a force "5N" are not taken.
     */
    private static final Pattern DECIMAL_TOWARD = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,])(\\d{1,3}+\\.\\d{2,}+)([NSEW])(?![\\p{L}\\p{N}])");

    private AngleSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        String s = text;
        if (s.indexOf('.') >= 0) {
            s = Rewriter.replace(DECIMAL_TOWARD, s, m -> NumberWords.number(m.group(1), variety) + " "
                    + hemisphere(m.group(2).charAt(0)));
        }
        if (s.indexOf('°') < 0) {
            return s;
        }
        String dms = dms(s, variety);
        return Rewriter.replace(DEGREES_TOWARD, dms, m -> part(m.group(1), "degree", variety) + " "
                + hemisphere(m.group(2).charAt(0)));
    }

    private static String dms(String text, EnglishVariety variety) {
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
