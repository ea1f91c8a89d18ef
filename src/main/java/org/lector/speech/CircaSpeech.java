package org.lector.speech;

import java.util.regex.Pattern;

/**
 * "c. 1900", "ca. 1900", "c.1900" → "circa 1900". Only directly before a number (or a currency
 * sign), so "c." in other senses (chapter, cup, copyright) is left for the abbreviation rules. A
 * three-digit number after it that nothing counts (it ends the phrase, or an era follows) is a
 * year, said as years are: "c. 965" → "circa nine sixty-five", "c. 354 AH" → "circa three
 * fifty-four AH"; "c. 500 people" stays a quantity. So is one after the words of a life's dates:
 * "(died 430)" → "died four thirty".
 */
final class CircaSpeech {
    private static final Pattern CIRCA = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])([cC])a?\\.(?:[ \\u00A0]|&nbsp;)?(?=[\\d$£€¥])");
    private static final Pattern OLD_YEAR = Pattern.compile(
            "(?<=\\b(?:[Cc]irca|died|born|reigned|flourished) )([1-9]\\d{2})(?=[ \\u00A0]?+(?:AD|CE|BC|BCE|AH|A\\.D\\.|B\\.C\\.)(?![\\p{L}])|[),;:–]|[ \\u00A0]\\(|\\.?$)");

    private CircaSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        String circa = text.indexOf('.') < 0 ? text
                : Rewriter.replace(CIRCA, text, m -> m.group(1).equals("C") ? "Circa " : "circa ");
        return Rewriter.replace(OLD_YEAR, circa, m -> NumberWords.threeDigitYear(Integer.parseInt(m.group(1)), variety));
    }
}
