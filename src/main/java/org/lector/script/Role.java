package org.lector.script;

/** What a script item is, which decides how each backend presents it. */
public enum Role {
    TITLE, HEADING, PARAGRAPH, QUOTE, FIGURE, FIGURE_GROUP, LIST_ITEM, TABLE, ROW, CELL, HATNOTE,
    FORMULA, NOTE
}
