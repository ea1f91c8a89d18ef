package org.lector.speech;

import java.util.Locale;

/**
 * Letters of other scripts in English text, which an English voice cannot say. Greek letters
 * used as symbols are said by their English names, as science reads them: "α-helix" → "alpha
 * helix", "17β-estradiol" → "17 beta estradiol", "ΔG" → "delta G", "β+ decay" → "beta+ decay"
 * (the plus is read next), "σ*" → "sigma star". A Greek word (three letters or more, "λόγος")
 * and any run of another script (Arabic, Hebrew, Cyrillic, Chinese…) that no language tag
 * marked is said once as "Greek text", "Arabic text", as a marked passage would be.
 */
final class OtherScripts {
    /** From this many letters a Greek run is a word, not symbols. */
    private static final int WORD_LETTERS = 3;

    private OtherScripts() {
    }

    static String speak(String text) {
        if (!hasOtherScript(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        // kanji are Chinese characters, but beside kana in one text they are Japanese
        boolean japanese = text.codePoints().anyMatch(cp -> "Japanese".equals(scriptName(cp)));
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String script = scriptName(cp);
            if (script == null) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            // one run of letters not Latin, however their scripts mix: Coptic words hold Greek
            // letters ("Ⲡⲓⲭ́ρⲓⲥτⲟⲥ"), Japanese mixes kanji and kana ("口之島牛の成長")
            int end = i;
            int letters = 0;
            boolean greekOnly = true;
            boolean kana = false;
            while (end < text.length()) {
                int c = text.codePointAt(end);
                String s = scriptName(c);
                if (s == null && !isMark(c)) {
                    break;
                }
                if (s != null) {
                    letters++;
                    greekOnly &= s.equals("Greek");
                    kana |= s.equals("Japanese");
                }
                end += Character.charCount(c);
            }
            if (greekOnly && letters < WORD_LETTERS) {
                end = letters(text, i, end, out);
            } else {
                word(out, (kana || japanese && script.equals("Chinese") ? "Japanese" : script) + " text");
                if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '(')) {
                    out.append(' ');
                }
            }
            i = end;
        }
        return out.toString();
    }

    /** "Arabic text" once for a run of words in one script, however many words and commas it holds. */
    private static void word(StringBuilder out, String said) {
        int k = out.length();
        while (k > 0 && " \u00A0,;:.'’-\u200c\u200d".indexOf(out.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k >= said.length() && out.substring(k - said.length(), k).equals(said)) {
            out.setLength(k);
            return;
        }
        space(out);
        out.append(said);
    }

    /** Each letter of a short run by name, apart from the letters and digits around it; returns where reading goes on. */
    private static int letters(String text, int start, int end, StringBuilder out) {
        space(out);
        int i = start;
        boolean first = true;
        while (i < end) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String name = GreekLetters.name(cp);
            if (name == null) {
                out.appendCodePoint(cp); // an accented letter or a mark alone: as written
                continue;
            }
            out.append(first ? "" : " ").append(name);
            first = false;
        }
        if (end < text.length() && text.charAt(end) == '*') {
            out.append(" star"); // "σ*", "π*": the antibonding orbital
            return end + 1;
        }
        if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            out.append(' ');
        }
        return end;
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
            out.append(' ');
        }
    }

    /**
     * The English name of the script of a letter that is not Latin ("Greek", "Arabic",
     * "Chinese"), or null for a Latin letter and anything that is no letter.
     */
    private static String scriptName(int cp) {
        if (cp == 'µ') {
            return "Greek";
        }
        if (!Character.isLetter(cp)) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case LATIN, COMMON, INHERITED, UNKNOWN -> null;
            case HAN -> "Chinese";
            case HIRAGANA, KATAKANA -> "Japanese";
            case HANGUL -> "Korean";
            default -> {
                String name = script.name().replace('_', ' ').toLowerCase(Locale.ROOT);
                yield Character.toUpperCase(name.charAt(0)) + name.substring(1);
            }
        };
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** Any letter above the Latin blocks, or the micro sign: only then is there work to do. */
    private static boolean hasOtherScript(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0370' && Character.isLetter(c) && (c < '\u1E00' || c > '\u1EFF') || c == 'µ'
                    || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
