package org.lector.speech;

/**
 * The spelling and number-reading conventions of the article's English: British (and
 * Commonwealth) "kilometres", "three hundred and twenty"; American "kilometers", "three hundred
 * twenty". Wikipedia marks it with {@code {{Use British English}}} and similar templates.
 */
public enum EnglishVariety {
    BRITISH, AMERICAN
}
