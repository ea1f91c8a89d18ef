package org.lector.speech;

/**
 * Greek letters in English text. A letter or two used as a symbol is said by its English name,
 * as science reads it: "α-helix" → "alpha helix", "17β-estradiol" → "17 beta estradiol", "ΔG" →
 * "delta G", "β+ decay" → "beta+ decay" (the plus is read next), "σ*" → "sigma star". A Greek
 * word (three letters or more, "λόγος") is not spelled letter by letter: a run of Greek words is
 * said once as "Greek text", as a passage marked Greek would be.
 */
final class GreekSpeech {
    /** From this many letters a Greek run is a word, not symbols. */
    private static final int WORD_LETTERS = 3;
    private static final String GREEK_TEXT = "Greek text";

    private GreekSpeech() {
    }

    static String speak(String text) {
        if (!hasGreek(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!isGreek(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            int letters = 0;
            while (end < text.length() && (isGreek(text.codePointAt(end))
                    || Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK)) {
                if (Character.isLetter(text.codePointAt(end))) {
                    letters++;
                }
                end += Character.charCount(text.codePointAt(end));
            }
            if (letters >= WORD_LETTERS) {
                word(out);
            } else {
                end = letters(text, i, end, out);
            }
            i = end;
        }
        return out.toString();
    }

    /** "Greek text" once for a run of Greek words, however many words and commas it holds. */
    private static void word(StringBuilder out) {
        int k = out.length();
        while (k > 0 && " \u00A0,;:.'’-".indexOf(out.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k >= GREEK_TEXT.length() && out.substring(k - GREEK_TEXT.length(), k).equals(GREEK_TEXT)) {
            out.setLength(k);
            return;
        }
        space(out);
        out.append(GREEK_TEXT);
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

    private static boolean isGreek(int cp) {
        return cp == 'µ' || Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK;
    }

    private static boolean hasGreek(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u0370' && c <= '\u03FF' || c >= '\u1F00' && c <= '\u1FFF' || c == 'µ') {
                return true;
            }
        }
        return false;
    }
}
