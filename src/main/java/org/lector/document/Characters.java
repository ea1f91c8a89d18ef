package org.lector.document;

/**
 * Which code points a text may put in front of a reader, for every reader of articles (a file,
 * an export, a character reference in wikitext): one definition, so what one route cleans the
 * others do not let through.
 */
public final class Characters {
    private Characters() {
    }

    /**
     * True for a code point that is a character and no control: false for C0 (tab and newline
     * included; callers that keep layout allow them themselves), DEL, C1, surrogates, the 66
     * noncharacters (U+FDD0–U+FDEF and the last two of every plane) and anything past U+10FFFF.
     */
    public static boolean isReadable(int cp) {
        if (cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp > Character.MAX_CODE_POINT) {
            return false;
        }
        if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            return false;
        }
        return !(cp >= 0xFDD0 && cp <= 0xFDEF) && (cp & 0xFFFE) != 0xFFFE;
    }
}
