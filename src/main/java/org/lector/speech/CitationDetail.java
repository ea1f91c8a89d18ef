package org.lector.speech;

/**
 * How much of a source is spoken. A listener can use an author, a year, a title and a page; a
 * thirteen-digit ISBN or a web address read aloud is a minute of noise, so the default leaves
 * identifiers out of what is said (the print, PDF and braille keep them all).
 */
public enum CitationDetail {
    /** Authors, title, the periodical, year and pages; no identifiers, addresses or access dates. */
    SHORT,
    /** Also editors, edition, volume, issue, publisher and place, and identifiers read in their groups. */
    FULL
}
