package org.lector.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.script.BlockProse;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;

/**
 * The English variety of an article: what the article declares ({@code {{Use British English}}},
 * recorded in the script), else a vote of the spellings in all its text ("colour", "organised",
 * "centre" against "color", "organized", "center").
 */
final class VarietyGuess {
    /**
     * Matched against one word at a time (a run of ASCII word characters, what {@code \\w}
     * means), never searched through the text: {@code \\b} in a search re-examines every
     * combining mark before each position, which made 100,000 of them take over a minute.
     */
    private static final Pattern BRITISH = Pattern.compile(
            "(colour|favour|honour|labour|behaviour|neighbour|centre|metre|litre|theatre|defence|offence|"
                    + "\\w+isation|organis\\w+|recognis\\w+|realis\\w+|travelled|programme)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AMERICAN = Pattern.compile(
            "(color|favor|honor|labor|behavior|neighbor|center|meter|liter|theater|defense|offense|"
                    + "\\w+ization|organiz\\w+|recogniz\\w+|realiz\\w+|traveled|program)",
            Pattern.CASE_INSENSITIVE);

    private VarietyGuess() {
    }

    static EnglishVariety of(ReadingScript script, EnglishVariety fallback) {
        if ("british".equals(script.englishVariety())) {
            return EnglishVariety.BRITISH;
        }
        if ("american".equals(script.englishVariety())) {
            return EnglishVariety.AMERICAN;
        }
        int british = 0;
        int american = 0;
        for (ScriptBlock block : script.blocks()) {
            for (Prose p : BlockProse.of(block)) {
                british += count(BRITISH, p.text());
                american += count(AMERICAN, p.text());
            }
        }
        if (british == american) {
            return fallback;
        }
        return british > american ? EnglishVariety.BRITISH : EnglishVariety.AMERICAN;
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && isWordChar(text.charAt(end))) {
                end++;
            }
            if (m.region(i, end).matches()) {
                n++;
            }
            i = end;
        }
        return n;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
