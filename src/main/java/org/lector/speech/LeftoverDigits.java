package org.lector.speech;

/**
 * The last resort: any ASCII digit that no rule read (odd glyph mixes, markup debris) is said by
 * name, so the speech never hands a digit to the engine.
 */
final class LeftoverDigits {
    private LeftoverDigits() {
    }

    static String speak(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                boolean spaceBefore = out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1));
                out.append(spaceBefore ? " " : "").append(NumberWords.digit(c));
                if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
                    out.append(' ');
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }
}
