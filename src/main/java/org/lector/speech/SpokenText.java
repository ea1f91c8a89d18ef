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
    /** An ellipsis, three dots or the one glyph, in editorial brackets or not: "[...]", "…", ". . .". */
    private static final Pattern ELLIPSIS = Pattern.compile(
            "[ \\t]*+\\[?+[ \\t]*+(?:\\.{3,}+|…++|\\.(?: \\.){2,}+)[ \\t]*+\\]?+[ \\t]*+");
    /** Two full stops where an abbreviation's dot met the sentence's ("Inc..", "etc. ."): one is said. */
    private static final Pattern DOUBLE_STOP = Pattern.compile("([.!?])(?:[ \\t]*+\\.)++");
    /** Square brackets of an editor's insertion ("[F]or", "the [god]"): the words are read, the brackets are not. */
    private static final Pattern SQUARE_BRACKET = Pattern.compile("[\\[\\]]");
    /** Pause marks met where something between them was taken out: ", ;" and "; ," are one pause. */
    private static final Pattern PAUSES = Pattern.compile("[,;:](?:[ \\t]*+[,;:])++");
    /** A pause just before a full stop ("note A,."): the stop is the pause. */
    private static final Pattern PAUSE_BEFORE_STOP = Pattern.compile("[,;:]++(?=[.!?])");

    private final Lexicon lexicon;
    private final Acronyms acronyms;
    private final EnglishVariety variety;
    private final CitationDetail detail;

    public SpokenText(Lexicon lexicon, Acronyms acronyms, EnglishVariety variety) {
        this(lexicon, acronyms, variety, CitationDetail.SHORT);
    }

    /** @param detail whether identifiers (ISBN, DOI) are left out or read in their groups */
    public SpokenText(Lexicon lexicon, Acronyms acronyms, EnglishVariety variety, CitationDetail detail) {
        this.lexicon = lexicon;
        this.acronyms = acronyms;
        this.variety = variety;
        this.detail = detail;
    }

    public String speak(String print) {
        if (print == null || print.isBlank()) {
            return "";
        }
        String glyph = GlyphNames.whole(print);
        if (glyph != null) {
            return glyph; // a table cell holding one symbol shows the glyph: "dollar sign", "exclamation mark"
        }
        String s = lexicon.apply(print);
        s = IdentifierSpeech.speak(s, detail);
        s = WordSpeech.abbreviations(s);
        s = NumberSpeech.speak(s, variety);
        s = WordSpeech.symbolsAndAcronyms(s, acronyms);
        return finish(JoiningDashes.speak(s));
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

    /**
     * Each ellipsis as the pause it is, never the two full stops a voice would make of it: nothing
     * where a text or a quotation opens with one ("Quotation: ... The") or punctuation follows it;
     * a full stop where the text trails off at its end; a comma inside a sentence ("landing...
     * Actually", "Hush... Hush, Sweet Charlotte").
     */
    private static String ellipses(String s) {
        if (s.indexOf("..") < 0 && s.indexOf('…') < 0 && s.indexOf(". .") < 0) {
            return s;
        }
        java.util.regex.Matcher m = ELLIPSIS.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        while (m.find()) {
            out.append(s, copied, m.start());
            copied = m.end();
            int before = out.length();
            while (before > 0 && Character.isWhitespace(out.charAt(before - 1))) {
                before--;
            }
            while (before > 0 && "\"”’')]".indexOf(out.charAt(before - 1)) >= 0) {
                before--;
            }
            // four dots are a full stop and an ellipsis: the sentence ended before it
            boolean stopInside = m.group().indexOf("....") >= 0;
            char previous = before == 0 ? '(' : stopInside ? '.' : out.charAt(before - 1);
            int next = m.end();
            while (next < s.length() && "\"”’')]".indexOf(s.charAt(next)) >= 0) {
                next++;
            }
            boolean atEnd = next == s.length();
            boolean punctuationNext = !atEnd && ".,;:!?".indexOf(s.charAt(next)) >= 0;
            if (stopInside) {
                out.append(". ");
            } else if ("([{\"“‘:;,.!?".indexOf(previous) >= 0 || punctuationNext) {
                if (m.end() < s.length() && Character.isLetterOrDigit(s.charAt(m.end()))) {
                    out.append(' ');
                }
            } else if (atEnd) {
                out.append('.');
                // the quote or bracket the text closes with comes after the stop it ends on
                out.append(s, m.end(), next);
                copied = next;
            } else {
                out.append(", ");
            }
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** Two marks of punctuation with at most spaces between them: only then can stops or pauses double. */
    private static boolean punctuationMeets(String s) {
        int last = -2;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (".,;:!?".indexOf(c) >= 0) {
                if (last >= 0) {
                    return true;
                }
                last = i;
            } else if (c != ' ' && c != '\t') {
                last = -2;
            }
        }
        return false;
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
        out = ellipses(out);
        if (out.indexOf('[') >= 0 || out.indexOf(']') >= 0) {
            out = SQUARE_BRACKET.matcher(out).replaceAll("");
        }
        if (punctuationMeets(out)) {
            out = DOUBLE_STOP.matcher(out).replaceAll("$1");
            out = PAUSE_BEFORE_STOP.matcher(out).replaceAll("");
            out = Rewriter.replace(PAUSES, out, m -> m.group().indexOf(';') >= 0 ? ";" : m.group().indexOf(':') >= 0 ? ":" : ",");
        }
        out = PAUSE_BEFORE_CLOSE.matcher(out).replaceAll(")");
        out = PAUSE_AFTER_OPEN.matcher(out).replaceAll("(");
        out = EMPTY_BRACKETS.matcher(out).replaceAll("");
        out = SPACES.matcher(out).replaceAll(" ").trim();
        if (out.startsWith(",")) {
            out = out.substring(1).trim();
        }
        if (out.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return ""; // only punctuation is left (a reference whose identifier was taken out): nothing to say
        }
        // a pause with nothing after it (a note marker closing a list item) is not said
        while (!out.isEmpty() && ",;:".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).trim();
        }
        return out;
    }
}
