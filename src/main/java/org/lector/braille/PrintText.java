package org.lector.braille;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Print text to translate, with the styles of each character (a bit set of {@link PrintStyle}s
 * per UTF-16 unit, the way liblouis takes its typeform array).
 */
public final class PrintText {
    private final String text;
    private final int[] styles;

    private PrintText(String text, int[] styles) {
        this.text = text;
        this.styles = styles;
    }

    public static PrintText plain(String text) {
        return new PrintText(text, new int[text.length()]);
    }

    public String text() {
        return text;
    }

    public Set<PrintStyle> stylesAt(int index) {
        EnumSet<PrintStyle> set = EnumSet.noneOf(PrintStyle.class);
        for (PrintStyle s : PrintStyle.values()) {
            if ((styles[index] & s.bit()) != 0) {
                set.add(s);
            }
        }
        return set;
    }

    /** The same text with each character mapped by {@code map} (one character for one, so styles stay in place). */
    public PrintText mapChars(java.util.function.IntUnaryOperator map) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) map.applyAsInt(chars[i]);
        }
        return new PrintText(new String(chars), styles);
    }

    public boolean isStyled() {
        return Arrays.stream(styles).anyMatch(s -> s != 0);
    }

    public boolean isEmpty() {
        return text.isBlank();
    }

    /** Builds a print text piece by piece, styles given by range after the text is in place. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] styles = new int[16];

        public Builder append(String s) {
            return append(s, 0);
        }

        public Builder append(String s, PrintStyle style) {
            return append(s, style.bit());
        }

        Builder append(String s, int styleBits) {
            int from = text.length();
            text.append(s);
            ensure(text.length());
            Arrays.fill(styles, from, text.length(), styleBits);
            return this;
        }

        /** Appends the characters [start, end) of {@code in}, each with its own styles. */
        Builder append(PrintText in, int start, int end) {
            int from = text.length();
            text.append(in.text, start, end);
            ensure(text.length());
            System.arraycopy(in.styles, start, styles, from, end - start);
            return this;
        }

        /** Adds {@code style} to the characters [start, end) appended so far. */
        public Builder style(PrintStyle style, int start, int end) {
            for (int i = Math.max(0, start); i < Math.min(end, text.length()); i++) {
                styles[i] |= style.bit();
            }
            return this;
        }

        public int length() {
            return text.length();
        }

        int styleBitsAt(int index) {
            return styles[index];
        }

        void setStyleBits(int index, int bits) {
            styles[index] = bits;
        }

        char charAt(int index) {
            return text.charAt(index);
        }

        void truncate(int length) {
            text.setLength(length);
        }

        private void ensure(int n) {
            if (styles.length < n) {
                styles = Arrays.copyOf(styles, Math.max(n, styles.length * 2));
            }
        }

        public PrintText build() {
            return new PrintText(text.toString(), Arrays.copyOf(styles, text.length()));
        }
    }

    int styleBitsAt(int index) {
        return styles[index];
    }
}
