package org.lector.speech;

import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Amounts of money, where the sign is printed first but said last: "$3.5 million" → "three
 * point five million dollars", "US$1.6 billion" → "one point six billion US dollars", "£40" →
 * "forty pounds", "$1" → "one dollar", "$0.50" → "fifty cents", "$3.50" → "three dollars and
 * fifty cents", "$5–10 million" (already "$5 to 10 million") → "five to ten million dollars".
 */
final class CurrencySpeech {
    private static final String NUMBER = "(\\d++(?:,\\d{3}(?!\\d))*+(?:\\.\\d++)?)";
    private static final String SCALE = "(?:[ \\u00A0]|&nbsp;)?((?i:million|billion|trillion|thousand|bn|mn|mln|m|tn|k|b))(?![\\p{L}\\p{N}])";

    private static final Pattern MONEY = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(US|U\\.S\\.|A|AU|C|CA|NZ|HK|S|NT)?([$£€¥₹])(?:[ \\u00A0]|&nbsp;)?" + NUMBER
            + "(?:" + SCALE + ")?"
            + "(?:[ \\u00A0]to[ \\u00A0](?:US|U\\.S\\.|A|AU|C|CA|NZ|HK|S|NT)?[$£€¥₹]?+" + NUMBER + ")?"
            + "(?:" + SCALE + ")?"
            + "(?:/(" + UnitSpeech.PER_WORD + ")(?![\\p{L}\\p{N}]))?");

    private CurrencySpeech() {
    }

    static String speak(String text, EnglishVariety variety) {
        if (!hasSign(text)) {
            return text;
        }
        return Rewriter.replace(MONEY, text, m -> attributive(money(m, variety), m, text));
    }

    /** Words that may follow an amount without it describing them: "the $3 trillion had been spent". */
    private static final java.util.Set<String> NOT_NOUNS = java.util.Set.of("in", "of", "to", "for", "on", "at",
            "and", "or", "but", "by", "from", "per", "a", "an", "the", "each", "was", "were", "is", "are", "be", "been",
            "has", "had", "have", "will", "would", "could", "should", "may", "might", "must", "can", "into", "over",
            "under", "as", "than", "more", "less", "worth", "back", "apiece", "plus", "including", "while", "when",
            "before", "after", "during", "since", "until", "up", "down", "out", "off", "through", "between", "among",
            "against", "with", "without", "within", "across", "that", "which", "who", "whom", "whose", "he", "she",
            "it", "they", "we", "i", "you", "this", "these", "those", "last", "next", "annually", "yearly", "monthly",
            "weekly", "daily", "so", "too", "also", "still", "only", "just", "already", "then", "there", "here",
            "not", "now", "ago", "later", "earlier", "total", "altogether", "overall", "instead", "via", "about",
            "around", "toward", "towards", "upon", "if", "because", "though", "although", "where", "why", "how");

    /**
     * An amount that describes the noun after it is singular, as in speech: "a $1.6 million house"
     * is "a one point six million dollar house". Only after "a", "an" or "the" and before a word in
     * lower case that is no function word; elsewhere the amount keeps its plural.
     */
    private static String attributive(String said, MatchResult m, String text) {
        if (!said.endsWith("s") || !(said.endsWith("dollars") || said.endsWith("pounds") || said.endsWith("euros")
                || said.endsWith("rupees"))) {
            return said;
        }
        String before = wordBefore(text, m.start()).toLowerCase(java.util.Locale.ROOT);
        if (!before.equals("a") && !before.equals("an") && !before.equals("the")) {
            return said;
        }
        int end = m.end();
        if (end >= text.length() || text.charAt(end) != ' ') {
            return said;
        }
        String next = Abbreviations.nextWord(text, end);
        if (next.length() < 2 || !Character.isLowerCase(next.charAt(0)) || NOT_NOUNS.contains(next)
                || next.endsWith("ly")) {
            return said;
        }
        return said.substring(0, said.length() - 1);
    }

    private static String wordBefore(String text, int start) {
        int e = start;
        while (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && Character.isLetter(text.charAt(s - 1)) && e - s < 10) {
            s--;
        }
        return text.substring(s, e);
    }

    private static boolean hasSign(String text) {
        for (int i = 0; i < text.length(); i++) {
            if ("$£€¥₹".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String money(MatchResult m, EnglishVariety variety) {
        String prefix = m.group(1);
        char sign = m.group(2).charAt(0);
        String amount = m.group(3);
        String firstScale = m.group(4);
        String upTo = m.group(5);
        String scale = m.group(6) != null ? m.group(6) : null;
        boolean range = upTo != null;
        StringBuilder out = new StringBuilder();
        String per = m.group(7) == null ? "" : " per " + UnitSpeech.perWord(m.group(7));
        if (!range && firstScale == null && sign != '¥' && hasCents(amount)) {
            return withCents(amount, sign, prefix, variety) + per;
        }
        out.append(NumberWords.number(amount, variety));
        if (firstScale != null) {
            out.append(' ').append(scaleWord(firstScale));
        }
        if (range) {
            out.append(" to ").append(NumberWords.number(upTo, variety));
            if (scale != null) {
                out.append(' ').append(scaleWord(scale));
            }
        }
        boolean singular = !range && firstScale == null && NumberWords.isOne(amount);
        return out.append(' ').append(name(sign, prefix, singular)).append(per).toString();
    }

    private static boolean hasCents(String amount) {
        int dot = amount.indexOf('.');
        return dot >= 0 && amount.length() - dot == 3;
    }

    /** "$3.50" → "three dollars and fifty cents"; "$0.50" → "fifty cents". */
    private static String withCents(String amount, char sign, String prefix, EnglishVariety variety) {
        int dot = amount.indexOf('.');
        String whole = amount.substring(0, dot);
        int cents = Integer.parseInt(amount.substring(dot + 1));
        String centWords = cents == 0 ? "" : NumberWords.cardinal(cents, variety) + " " + subunit(sign, cents == 1);
        if (whole.equals("0")) {
            return cents == 0 ? "zero " + name(sign, prefix, false) : centWords;
        }
        String main = NumberWords.number(whole, variety) + " " + name(sign, prefix, whole.equals("1"));
        return cents == 0 ? main : main + " and " + centWords;
    }

    private static String scaleWord(String scale) {
        // "$80M", "US$3B", "£2bn": the letters abbreviate the scale in either case
        String s = scale.toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "b" -> "billion";
            case "bn" -> "billion";
            case "m", "mn", "mln" -> "million";
            case "tn" -> "trillion";
            case "k" -> "thousand";
            default -> s.toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String name(char sign, String prefix, boolean singular) {
        return switch (sign) {
            case '$' -> dollarCountry(prefix) + (singular ? "dollar" : "dollars");
            case '£' -> singular ? "pound" : "pounds";
            case '€' -> singular ? "euro" : "euros";
            case '¥' -> "yen";
            case '₹' -> singular ? "rupee" : "rupees";
            default -> throw new IllegalArgumentException(String.valueOf(sign));
        };
    }

    private static String subunit(char sign, boolean singular) {
        return switch (sign) {
            case '£' -> singular ? "penny" : "pence";
            case '₹' -> singular ? "paisa" : "paise";
            default -> singular ? "cent" : "cents";
        };
    }

    /** The dollar's country from its print prefix: "US$" → "US ", "A$" → "Australian ". */
    private static String dollarCountry(String prefix) {
        if (prefix == null) {
            return "";
        }
        return switch (prefix) {
            case "US", "U.S." -> "US ";
            case "A", "AU" -> "Australian ";
            case "C", "CA" -> "Canadian ";
            case "NZ" -> "New Zealand ";
            case "HK" -> "Hong Kong ";
            case "S" -> "Singapore ";
            case "NT" -> "New Taiwan ";
            default -> "";
        };
    }
}
