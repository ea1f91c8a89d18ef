package org.lector.braille;

/**
 * Unicode braille cells to North American ASCII Braille, the character set of BRF files (one
 * printable ASCII character, U+0020–U+005F, per six-dot cell). Mapped here, rather than by a second
 * liblouis translation through en-us-brf.dis, so that one translation gives both the BRF and the
 * PEF and they cannot differ; a test checks this table against en-us-brf.dis cell by cell.
 */
public final class AsciiBraille {
    /** Indexed by the cell's dot bits (bit 0 = dot 1 … bit 5 = dot 6), as in Unicode braille. */
    private static final String BY_DOTS =
            " A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

    private AsciiBraille() {
    }

    public static char of(char cell) {
        if (cell < 0x2800 || cell > 0x283F) {
            throw new IllegalArgumentException("not a six-dot braille cell: U+" + Integer.toHexString(cell));
        }
        return BY_DOTS.charAt(cell - 0x2800);
    }

    public static String of(String cells) {
        StringBuilder sb = new StringBuilder(cells.length());
        for (int i = 0; i < cells.length(); i++) {
            sb.append(of(cells.charAt(i)));
        }
        return sb.toString();
    }

    /** The cell an ASCII Braille character stands for (upper case; lower case read as upper). */
    public static char cellOf(char ascii) {
        int i = BY_DOTS.indexOf(Character.toUpperCase(ascii));
        if (i < 0) {
            throw new IllegalArgumentException("not an ASCII Braille character: " + ascii);
        }
        return (char) (0x2800 + i);
    }
}
