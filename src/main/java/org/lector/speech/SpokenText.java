package org.lector.speech;

import java.util.regex.Pattern;

/**
 * Turns print text into words a TTS engine reads correctly, in a fixed order: pronunciations
 * from the lexicon, then abbreviations (so "pp. 542–543" becomes "pages 542–543"), then numbers,
 * dates, ranges and units, then symbols, Roman numerals and acronyms, and last the punctuation a
 * voice would sound: a dash between words becomes a pause (a comma), hyphens join nothing.
 */
public final class SpokenText {
    private static final Pattern SPACED_DASH = Pattern.compile("\\s*[–—―]\\s*|\\s+-\\s+|--+");
    private static final Pattern HYPHEN = Pattern.compile("(?<=\\S)[-‐‑](?=\\S)");
    private static final Pattern STRAY_DASH = Pattern.compile("[-–—―‐‑‒]");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:!?])");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u2009\\u202F]+");
    /** Brackets left empty, or holding only a pause, once something unspeakable was taken out. */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*+[,;:]?\\s*+\\)");
    private static final Pattern PAUSE_BEFORE_CLOSE = Pattern.compile("\\s*+[,;:]\\s*+\\)");
    private static final Pattern PAUSE_AFTER_OPEN = Pattern.compile("\\(\\s*+[,;:]?\\s*+");

    private final Lexicon lexicon;
    private final Acronyms acronyms;
    private final EnglishVariety variety;

    public SpokenText(Lexicon lexicon, Acronyms acronyms, EnglishVariety variety) {
        this.lexicon = lexicon;
        this.acronyms = acronyms;
        this.variety = variety;
    }

    public String speak(String print) {
        if (print == null || print.isBlank()) {
            return "";
        }
        String s = lexicon.apply(print);
        s = WordSpeech.abbreviations(s);
        s = NumberSpeech.speak(s, variety);
        s = WordSpeech.symbolsAndAcronyms(s, acronyms);
        return finish(s);
    }

    /**
     * ", , ," left where dashes met commas becomes one pause. A loop, not a regex: Java's regex
     * engine recurses once per repetition of a group and would overflow on long runs.
     */
    private static String collapsePauses(String s) {
        if (s.indexOf(',') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int lastComma = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                if (lastComma >= 0) {
                    out.setLength(lastComma + 1);
                    continue;
                }
                lastComma = out.length();
                out.append(c);
            } else {
                if (!Character.isWhitespace(c)) {
                    lastComma = -1;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Pauses for dashes, spaces for hyphens and line breaks, tidy spacing. */
    static String finish(String s) {
        String out = SPACED_DASH.matcher(s).replaceAll(", ");
        out = HYPHEN.matcher(out).replaceAll(" ");
        out = STRAY_DASH.matcher(out).replaceAll(" ");
        // a line break separates values (an infobox's list of names): a pause, not a run-on
        out = out.replace("\n", ", ");
        out = collapsePauses(out);
        out = SPACE_BEFORE_PUNCTUATION.matcher(out).replaceAll("$1");
        out = PAUSE_BEFORE_CLOSE.matcher(out).replaceAll(")");
        out = PAUSE_AFTER_OPEN.matcher(out).replaceAll("(");
        out = EMPTY_BRACKETS.matcher(out).replaceAll("");
        out = SPACES.matcher(out).replaceAll(" ").trim();
        if (out.startsWith(",")) {
            out = out.substring(1).trim();
        }
        // a pause with nothing after it (a note marker closing a list item) is not said
        while (!out.isEmpty() && ",;:".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).trim();
        }
        return out;
    }
}
