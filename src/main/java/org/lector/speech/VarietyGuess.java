package org.lector.speech;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptItem;

/**
 * The English variety of an article: what the article declares ({@code {{Use British English}}},
 * recorded by the parser on the title item), else a vote of its spellings ("colour", "organised",
 * "centre" against "color", "organized", "center").
 */
final class VarietyGuess {
    private static final Pattern BRITISH = Pattern.compile(
            "\\b(colour|favour|honour|labour|behaviour|neighbour|centre|metre|litre|theatre|defence|offence|"
                    + "\\w+isation|organis\\w+|recognis\\w+|realis\\w+|travelled|programme)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AMERICAN = Pattern.compile(
            "\\b(color|favor|honor|labor|behavior|neighbor|center|meter|liter|theater|defense|offense|"
                    + "\\w+ization|organiz\\w+|recogniz\\w+|realiz\\w+|traveled|program)\\b",
            Pattern.CASE_INSENSITIVE);

    private VarietyGuess() {
    }

    static EnglishVariety of(ReadingScript script, EnglishVariety fallback) {
        String declared = script.items().isEmpty() ? null : script.items().get(0).attributes().get("englishVariety");
        if ("british".equals(declared)) {
            return EnglishVariety.BRITISH;
        }
        if ("american".equals(declared)) {
            return EnglishVariety.AMERICAN;
        }
        int british = 0;
        int american = 0;
        for (ScriptItem item : script.items()) {
            british += count(BRITISH, item.text());
            american += count(AMERICAN, item.text());
        }
        if (british == american) {
            return fallback;
        }
        return british > american ? EnglishVariety.BRITISH : EnglishVariety.AMERICAN;
    }

    private static int count(Pattern p, String text) {
        int n = 0;
        Matcher m = p.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }
}
