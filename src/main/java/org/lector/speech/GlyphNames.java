package org.lector.speech;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A symbol that is talked about rather than used is said by its name. In "Tom & Jerry" the
 * ampersand is "and", in "x < y" the sign is "is less than"; but a table of ASCII glyphs, a list
 * ("the characters @, [ and {"), a quoted glyph ("the "~" key") or a cell holding one symbol
 * shows the glyph itself, and a listener needs its name: "at sign", "left square bracket",
 * "tilde". Before "sign", "symbol", "key" and their kin the short name is used ("the $ sign" →
 * "the dollar sign", not "the dollar sign sign").
 */
final class GlyphNames {
    /** Full name, short name (before "sign", "key"…). */
    private static final Map<Character, String[]> NAMES = new HashMap<>();

    static {
        name('!', "exclamation mark", "exclamation");
        name('"', "quotation mark", "quotation");
        name('#', "number sign", "number");
        name('$', "dollar sign", "dollar");
        name('%', "percent sign", "percent");
        name('&', "ampersand", "ampersand");
        name('\'', "apostrophe", "apostrophe");
        name('(', "left parenthesis", "left parenthesis");
        name(')', "right parenthesis", "right parenthesis");
        name('*', "asterisk", "asterisk");
        name('+', "plus sign", "plus");
        name(',', "comma", "comma");
        name('.', "full stop", "full stop");
        name('/', "slash", "slash");
        name(':', "colon", "colon");
        name(';', "semicolon", "semicolon");
        name('<', "less-than sign", "less-than");
        name('=', "equals sign", "equals");
        name('>', "greater-than sign", "greater-than");
        name('?', "question mark", "question");
        name('@', "at sign", "at");
        name('[', "left square bracket", "left square bracket");
        name('\\', "backslash", "backslash");
        name(']', "right square bracket", "right square bracket");
        name('^', "caret", "caret");
        name('_', "underscore", "underscore");
        name('`', "grave accent", "grave accent");
        name('{', "left curly bracket", "left curly bracket");
        name('|', "vertical bar", "vertical bar");
        name('}', "right curly bracket", "right curly bracket");
        name('~', "tilde", "tilde");
        name('‹', "single left angle quote", "single left angle quote");
        name('›', "single right angle quote", "single right angle quote");
        name('«', "left double angle quote", "left double angle quote");
        name('»', "right double angle quote", "right double angle quote");
        name('§', "section sign", "section");
        name('¶', "pilcrow", "pilcrow");
        name('°', "degree sign", "degree");
        name('©', "copyright sign", "copyright");
        name('®', "registered sign", "registered");
        name('™', "trade mark sign", "trade mark");
        name('†', "dagger", "dagger");
        name('‡', "double dagger", "double dagger");
        name('•', "bullet", "bullet");
        name('€', "euro sign", "euro");
        name('£', "pound sign", "pound");
        name('¥', "yen sign", "yen");
        name('¢', "cent sign", "cent");
        name('±', "plus-minus sign", "plus-minus");
        name('×', "multiplication sign", "multiplication");
        name('÷', "division sign", "division");
    }

    /** Punctuation named only when it stands alone as the whole text (a table cell): in prose it is punctuation. */
    private static final String PUNCTUATION = "!\"'(),.:;?";

    /** Words after a glyph that show it is being named: "the $ sign", "the ~ key". */
    private static final Set<String> NAMING_WORDS = Set.of("sign", "signs", "symbol", "symbols", "character",
            "characters", "glyph", "glyphs", "key", "keys", "mark", "marks", "button", "operator", "sigil");

    private GlyphNames() {
    }

    private static void name(char c, String full, String brief) {
        NAMES.put(c, new String[] {full, brief});
    }

    /** The name of a text that is one glyph and nothing else ("$", "!"), or null. */
    static String whole(String text) {
        String t = text.strip();
        if (t.length() != 1 || !NAMES.containsKey(t.charAt(0))) {
            return null;
        }
        return NAMES.get(t.charAt(0))[0];
    }

    /**
     * The name of the glyph at {@code i} when the text talks about it, or null when it is used
     * (between two words, glued to one) or is punctuation.
     */
    static String mentioned(String text, int i) {
        char c = text.charAt(i);
        String[] names = NAMES.get(c);
        if (names == null || PUNCTUATION.indexOf(c) >= 0) {
            return null;
        }
        boolean gluedLeft = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
        boolean gluedRight = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
        if (gluedLeft || gluedRight) {
            return null;
        }
        int p = i - 1;
        while (p >= 0 && Character.isSpaceChar(text.charAt(p))) {
            p--;
        }
        int n = i + 1;
        while (n < text.length() && Character.isSpaceChar(text.charAt(n))) {
            n++;
        }
        char before = p >= 0 ? text.charAt(p) : '\0';
        char after = n < text.length() ? text.charAt(n) : '\0';
        String next = Abbreviations.nextWord(text, i + 1).toLowerCase(Locale.ROOT);
        if (NAMING_WORDS.contains(next)) {
            return names[1];
        }
        if (SymbolWords.isNumberWord(next)) {
            return null; // "# one", "~ five": used on the number
        }
        if (isQuote(before) && isQuote(after)) {
            return names[0];
        }
        // in a list of glyphs: after a comma or "and"/"or", or after a word and before a comma or the end
        String wordBefore = wordEndingAt(text, p + 1).toLowerCase(Locale.ROOT);
        // "the & and the @": after the article a glyph is a thing named ("a ~ b" holds a variable)
        boolean named = wordBefore.equals("the");
        boolean listedAfter = before == ',' || before == ';' || wordBefore.equals("and") || wordBefore.equals("or")
                || named;
        // "the characters @, [": after a word and before a comma; "fifty %" and "photo ©" are no lists
        boolean listedBefore = (after == ',' || after == ';') && Character.isLetterOrDigit(before)
                && !SymbolWords.isNumberWord(wordBefore);
        return listedAfter || listedBefore ? names[0] : null;
    }

    private static boolean isQuote(char c) {
        return "\"'“”‘’«»".indexOf(c) >= 0;
    }

    private static String wordEndingAt(String text, int end) {
        int i = end;
        while (i > 0 && Character.isLetter(text.charAt(i - 1)) && end - i < 20) {
            i--;
        }
        return text.substring(i, end);
    }
}
