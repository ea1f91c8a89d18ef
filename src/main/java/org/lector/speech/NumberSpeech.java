package org.lector.speech;

import java.util.Objects;

/**
 * The spoken form of every number-bearing expression in a piece of English text: numbers,
 * years, decades, centuries, dates, times, ranges, money, units, fractions, ordinals. Everything
 * else is left exactly as it was. The result contains no ASCII digit.
 *
 * <p>The rules run in a fixed order, each rewriting what it recognises into words so that later,
 * more general rules never see it:
 * <ol>
 *   <li>ISO dates, hyphenated digit chains (ISBNs) and E notation, whose hyphens are not ranges;</li>
 *   <li>ranges: the dash between two numbers, years, dates or months becomes "to" (operands stay
 *       digits, so the next rules still know what they are);</li>
 *   <li>era letters and "circa", which only need to see a digit next to them;</li>
 *   <li>times (then ratios, the colons that are not times), dates, money, decades, ordinals and centuries, angles, units and percentages, fractions:
 *       each needs the surrounding text to decide how its number is read;</li>
 *   <li>years, then numbers inside names (G7, COVID-19), then every other number;</li>
 *   <li>any digit still left is said by name.</li>
 * </ol>
 *
 * <p>Style choices (documented because either is English): day-first dates are read "the
 * eighteenth of December, eighteen seventy-eight", month-first ones "December eighteenth,
 * eighteen seventy-eight", ISO dates day-first; the British variety says "and" after hundreds
 * and before a last group below a hundred ("three hundred and twenty thousand", "two thousand
 * and five"); "24/7" and other slash pairs that are not plain fractions are read as two numbers
 * ("twenty-four seven"), but a score out of ten or a hundred is "out of" ("1.36/10") and a pair
 * with a decimal or of two numbers of a hundred or more is "slash" ("162/167"); a slash before a
 * unit or a period of time is "per" ("383/km2", "€429/month"). A colon followed by a space is a
 * label, never a ratio or a time. Times with seconds are "thirteen thirty-two and zero seconds".
 * Hyphenated codes whose right side has a leading zero or a capital glued on are not ranges
 * ("1969-059A" → "nineteen sixty-nine, zero five nine A"); a number with two or more dots is a
 * code read digit by digit ("3.5.1" → "three dot five dot one"), a DOI prefix too, except a
 * dotted date "07.10.2014", read day first. After "page(s)", "p.", "pp." numbers are page numbers
 * and short second numbers are completed ("475–81" → "475 to 481"). Chapter and verse after a
 * book of the Bible or the Quran: "John chapter three, verse thirty-four". A decimal comma
 * before a unit or "%" ("9,9%") is a decimal point. Patterns are compiled once; no rule backtracks more than a fixed amount.
 * Thread-safe: no state.
 */
public final class NumberSpeech {
    private NumberSpeech() {
    }

    /** The text with every number-bearing expression written out in words. */
    public static String speak(String text, EnglishVariety variety) {
        return LeftoverDigits.speak(speakBeforeLastResort(text, variety));
    }

    /** Every rule but the last resort, so tests can see which digits no rule understood. */
    static String speakBeforeLastResort(String text, EnglishVariety variety) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(variety, "variety");
        if (!mayNeedWork(text)) {
            return UnitSpeech.labels(text, variety); // "Area sq mi", "Speed (km/h)": units and no digit
        }
        String s = DigitSequenceSpeech.speakBits(DateSpeech.speakIso(text, variety));
        s = RangeSpeech.speakPagesAndYears(s, variety);
        s = DigitSequenceSpeech.speakModels(s, variety);
        s = DigitSequenceSpeech.speakCodes(s, variety);
        s = DigitSequenceSpeech.speak(s);
        s = ScientificSpeech.speak(s, variety);
        s = RangeSpeech.speak(s);
        s = EraSpeech.speak(s);
        s = CircaSpeech.speak(s, variety);
        if (!LeftoverDigits.hasDigit(s) && !hasVulgarFraction(s)) {
            return UnitSpeech.labels(s, variety);
        }
        s = RatioSpeech.speakVerses(s, variety);
        s = TimeSpeech.speak(s, variety);
        s = RatioSpeech.speak(s);
        s = DateSpeech.speak(s, variety);
        s = CurrencySpeech.speak(s, variety);
        s = DecadeSpeech.speak(s, variety);
        s = OrdinalSpeech.speak(s, variety);
        s = AngleSpeech.speak(s, variety);
        s = UnitSpeech.speak(s, variety);
        s = FractionSpeech.speak(s, variety);
        s = YearSpeech.speak(s, variety);
        s = GluedNumberSpeech.speak(s, variety);
        return CardinalSpeech.speak(s, variety);
    }

    /** Digits, vulgar fractions, or a dash that may join two months. */
    private static boolean mayNeedWork(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || RangeSpeech.isDash(c) || (c >= '\u00BC' && c <= '\u00BE')
                    || (c >= '\u2150' && c <= '\u215E')) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasVulgarFraction(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '\u00BC' && c <= '\u00BE') || (c >= '\u2150' && c <= '\u215E')) {
                return true;
            }
        }
        return false;
    }
}
