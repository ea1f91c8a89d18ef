package org.lector.braille;

/**
 * Print styles that braille shows with indicators: UEB italic and bold, and the transcriber's
 * note (⠈⠨⠣ … ⠈⠨⠜). Each is a liblouis emphasis class of the same name in the UEB tables.
 */
public enum PrintStyle {
    ITALIC("italic"), BOLD("bold"), TRANSNOTE("transnote");

    private final String emphasisClass;

    PrintStyle(String emphasisClass) {
        this.emphasisClass = emphasisClass;
    }

    /** The liblouis emphasis class ("typeform") name. */
    public String emphasisClass() {
        return emphasisClass;
    }

    int bit() {
        return 1 << ordinal();
    }
}
