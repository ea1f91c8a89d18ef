package org.lector.speech;

import java.util.regex.Pattern;

/**
 * A four-digit number from 1000 to 2099 standing alone is a year: "1924" → "nineteen
 * twenty-four". Alone means no thousands comma or decimal point, no letters or digits glued on,
 * and no currency sign before it; a unit, "%" or currency after it has already been read by the
 * rules that run before this one, so whatever is left here has none. A citation year may
 * carry a letter: "1990b".
 */
final class YearSpeech {
    private static final Pattern YEAR = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,$£€¥₹])(1\\d{3}|20\\d{2})([a-h]?)(?![\\p{L}\\p{N}]|[.,]\\d)");

    private YearSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        return Rewriter.replace(YEAR, text, m -> {
            String year = NumberWords.year(Integer.parseInt(m.group(1)), variety);
            // "Smith 1990b": the letter that tells two works of one year apart
            return m.group(2).isEmpty() ? year : year + " " + m.group(2);
        });
    }
}
