package org.lector.braille;

/**
 * A braille page number in UEB: the numeric indicator (dots 3456) and the digits as the letters
 * a–j of the first decade. Written here rather than by liblouis so that the page formatter needs no
 * translation table.
 */
public final class BrailleNumbers {
    private static final char NUMBER_SIGN = '\u283C';
    private static final char[] DIGITS = {
        '\u281A', '\u2801', '\u2803', '\u2809', '\u2819', '\u2811', '\u280B', '\u281B', '\u2813', '\u280A'};

    private BrailleNumbers() {
    }

    public static String of(int number) {
        if (number < 0) {
            throw new IllegalArgumentException("page numbers are positive: " + number);
        }
        StringBuilder sb = new StringBuilder().append(NUMBER_SIGN);
        for (char c : Integer.toString(number).toCharArray()) {
            sb.append(DIGITS[c - '0']);
        }
        return sb.toString();
    }
}
