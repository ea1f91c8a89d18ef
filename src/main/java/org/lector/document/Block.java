package org.lector.document;

/** A unit of reading at block level inside a section. */
public sealed interface Block
        permits Paragraph, Figure, FigureGroup, Quote, ListBlock, Table, Hatnote, Formula, Infobox {
}
