package org.lector.braille;

/**
 * Print styles that braille shows with indicators: UEB italic and bold, and the transcriber's
 * note (⠈⠨⠣ … ⠈⠨⠜), each a liblouis emphasis class of the same name in the UEB tables; and
 * superscript and subscript, for which liblouis has no typeform: {@link LevelIndicators} writes
 * their UEB level indicators.
 */
public enum PrintStyle {
    ITALIC("italic"), BOLD("bold"), TRANSNOTE("transnote"), SUPERSCRIPT(null), SUBSCRIPT(null);

    private final String emphasisClass;

    PrintStyle(String emphasisClass) {
        this.emphasisClass = emphasisClass;
    }

    /** The liblouis emphasis class ("typeform") name, or null for a level. */
    public String emphasisClass() {
        return emphasisClass;
    }

    int bit() {
        return 1 << ordinal();
    }
}
