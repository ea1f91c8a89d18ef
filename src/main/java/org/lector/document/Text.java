package org.lector.document;

/** Plain text, already free of markup and entities. */
public record Text(String value) implements Inline {
    /**
     * Stands for a value a template computes from data Lector does not have (an amount adjusted
     * for inflation); the script builder removes it, with the parenthesis that holds it.
     */
    public static final char UNKNOWN = '\uE001';
}
