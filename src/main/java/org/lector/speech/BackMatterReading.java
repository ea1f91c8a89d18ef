package org.lector.speech;

/**
 * How the audiobook reads the back matter an article ends with ("See also", "References",
 * "Further reading", "External links"). The PDF and braille always keep it whole; a listener
 * rarely wants a quarter of an hour of publishers and ISBNs read out, and cannot follow a link.
 */
public enum BackMatterReading {
    /** Every entry, as written. */
    READ,
    /**
     * The default: "See also" reads its titles (the first sentence of each entry, at most
     * {@link BackMatterSpeech#MAX_TITLES}); the others say how many entries they have and that
     * the text edition lists them.
     */
    BRIEF,
    /** Nothing: the back-matter chapters are not recorded. */
    SKIP
}
