package org.lector.script;

/**
 * What part of the book a section is, decided once in the script stage so that no backend has to
 * match English heading text: the lead (with the title), the body, Lector's own notes section,
 * and the back matter an article ends with.
 */
public enum SectionRole {
    LEAD, BODY, SEE_ALSO, REFERENCES, FURTHER_READING, EXTERNAL_LINKS, NOTES;

    /** Back matter: what a reader may skip or a book may move to its end. */
    public boolean isBackMatter() {
        return this != LEAD && this != BODY;
    }
}
