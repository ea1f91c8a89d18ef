package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Numbers inside names: "G7" → "G seven", "H2O" → "H two O", "3D" → "three D", "B1913" → "B nineteen
 * thirteen", and after a
 * capitalised name and a hyphen, "COVID-19" → "COVID nineteen", "B-52" → "B fifty-two",
 * "F-16" → "F sixteen", "CSM-107" → "C S M one oh seven" (three or four digits in pairs, as
 * designations are said; the hyphen is neither a range nor a minus, and is not said). The letters
 * are kept as they are; reading them is the acronym rules' job.
 */
final class GluedNumberSpeech {
    private static final Pattern HYPHENATED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}]{0,15}+)[-‐‑](\\d++)(?![\\p{N}]|[.,]\\d)");
    private static final Pattern GLUED = Pattern.compile(
            "(?<=\\p{L})(\\d++(?:\\.\\d++)?)(\\p{L})?|(?<!\\p{N})(\\d++)(?=\\p{L})");

    private static final int LONG_SERIAL = 5;

    private GluedNumberSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        String out = Rewriter.replace(HYPHENATED, text,
                m -> m.group(1) + " " + glued(m.group(2), variety)
                        // "LC-39A": the letter after the number is its own word
                        + (m.end() < text.length() && Character.isLetter(text.charAt(m.end())) ? " " : ""));
        return Rewriter.replace(GLUED, out, m -> {
            if (m.start(1) >= 0) {
                String after = m.start(2) >= 0 ? " " + m.group(2) : "";
                // after capitals a designation ("B1913", "PSR J0437"); after a word ("pp449", "maga1260") a number
                boolean designation = Character.isUpperCase(out.charAt(m.start() - 1));
                return " " + (designation ? glued(m.group(1), variety) : serialOrNumber(m.group(1), variety)) + after;
            }
            // "1080p", "1080i": a video mode in pairs; "20C", "4K" as numbers
            boolean mode = m.end() + 1 <= out.length() && "pi".indexOf(out.charAt(m.end())) >= 0
                    && (m.end() + 1 == out.length() || !Character.isLetter(out.charAt(m.end() + 1)));
            return (mode ? glued(m.group(3), variety) : serialOrNumber(m.group(3), variety)) + " ";
        });
    }

    /**
     * Long digit runs inside names are serial numbers ("P1080822"): digit by digit. Three or four
     * digits are said in pairs, as designations are: "B1913" "B nineteen thirteen", "1080p" "ten
     * eighty p".
     */
    private static String serialOrNumber(String digits, EnglishVariety variety) {
        return digits.length() >= LONG_SERIAL ? NumberWords.digits(digits) : NumberWords.number(digits, variety);
    }

    private static String glued(String digits, EnglishVariety variety) {
        if (digits.length() >= LONG_SERIAL) {
            return NumberWords.digits(digits);
        }
        if (digits.indexOf('.') < 0 && digits.charAt(0) != '0' && (digits.length() == 3 || digits.length() == 4)) {
            int n = Integer.parseInt(digits);
            return digits.length() == 3 ? NumberWords.threeDigitYear(n, variety) : NumberWords.year(n, variety);
        }
        return NumberWords.number(digits, variety);
    }
}
