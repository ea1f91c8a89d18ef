package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Identifiers of three or more hyphen-joined digit groups (ISBNs "978-1-317-86780-7", phone
 * numbers "1-800-555-0199", formations "4-4-2") are read digit by digit, a group at a time:
 * nobody says "nine hundred seventy-eight" for an ISBN prefix, and the hyphens are not ranges.
 * ISO dates are taken earlier by {@link DateSpeech}.
 */
final class DigitSequenceSpeech {
    private static final Pattern CHAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\-.,])\\d++(?:[-\\u2010\\u2011]\\d++){2,}+(?:[-\\u2010\\u2011][Xx])?(?![\\p{L}\\p{N}])");

    private DigitSequenceSpeech() {
    }

    static String speak(String text) {
        if (text.indexOf('-') < 0 && text.indexOf('\u2010') < 0 && text.indexOf('\u2011') < 0) {
            return text;
        }
        return Rewriter.replace(CHAIN, text, m -> {
            String s = m.group();
            String words = NumberWords.digits(s);
            // an ISBN-10 check digit X stays a letter
            return s.endsWith("X") || s.endsWith("x") ? words + " X" : words;
        });
    }
}
