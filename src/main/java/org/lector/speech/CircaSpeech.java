package org.lector.speech;

import java.util.regex.Pattern;

/**
 * "c. 1900", "ca. 1900", "c.1900" → "circa 1900". Only directly before a number (or a currency
 * sign), so "c." in other senses (chapter, cup, copyright) is left for the abbreviation rules. A
 * three-digit number after it that nothing counts (it ends the phrase, or an era follows) is a
 * year, said as years are: "c. 965" → "circa nine sixty-five", "c. 354 AH" → "circa three
 * fifty-four AH"; "c. 500 people" stays a quantity. So is one after the words of a life's dates:
 * "(died 430)" → "died four thirty". After the words of a life, "circa" or "in" and a
 * three-digit number is a year whatever follows: "born c. 965 to an Arab family" → "born circa
 * nine sixty-five to…" (a life is not counted in hundreds of anything).
 */
final class CircaSpeech {
    private static final Pattern CIRCA = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])([cC])a?\\.(?:[ \\u00A0]|&nbsp;)?(?=[\\d$£€¥])");
    private static final Pattern OLD_YEAR = Pattern.compile(
            "(?<=\\b(?:[Cc]irca|died|born|reigned|flourished) )([1-9]\\d{2})(?=[ \\u00A0]?+(?:AD|CE|BC|BCE|AH|A\\.D\\.|B\\.C\\.)(?![\\p{L}])|[),;:–](?!\\d)|[ \\u00A0]\\(|\\.?$)");

    private static final Pattern LIFE_YEAR = Pattern.compile(
            "(?<=\\b(?:died|born|reigned|flourished) (?:circa|in) )([1-9]\\d{2})(?![\\d,.]?\\d)");

    private CircaSpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        String circa = text.indexOf('.') < 0 ? text
                : Rewriter.replace(CIRCA, text, m -> m.group(1).equals("C") ? "Circa " : "circa ");
        String years = Rewriter.replace(OLD_YEAR, circa, m -> NumberWords.threeDigitYear(Integer.parseInt(m.group(1)), variety));
        return Rewriter.replace(LIFE_YEAR, years, m -> NumberWords.threeDigitYear(Integer.parseInt(m.group(1)), variety));
    }
}
