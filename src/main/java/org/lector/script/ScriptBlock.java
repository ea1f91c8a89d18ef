package org.lector.script;

import java.util.List;
import org.lector.document.Citation;

/**
 * A block of the reading script. The kinds are sealed and each is a record with typed fields;
 * backends handle them through {@link Visitor}, whose methods have no defaults, so a new kind that
 * a backend does not present fails to compile there instead of being dropped silently.
 *
 * <p>Every block has a stable id ("s2.p4": section 2, paragraph 4) and its text as {@link Prose}
 * (print text, spans, notes, sentences). Parts that belong to a block are inside it: the figures
 * of a group, the items of a list, the rows and cells of a table, the entries of an infobox.
 */
public sealed interface ScriptBlock {

    String id();

    /** The block's own text (a table's caption, a figure's caption, a heading's words). */
    Prose text();

    <R> R accept(Visitor<R> visitor);

    /** One method per block kind, none with a default: adding a kind breaks every visitor until it handles it. */
    interface Visitor<R> {
        R heading(Heading h);
        R paragraph(Paragraph p);
        R quote(Quote q);
        R figure(Figure f);
        R figureGroup(FigureGroup g);
        R list(ListBlock l);
        R table(Table t);
        R hatnote(Hatnote h);
        R infobox(Infobox i);
        R formula(Formula f);
        R note(Note n);
    }

    /** The article's title (level 1, id "t") or a section heading (levels 2 to 6). */
    record Heading(String id, int level, Prose text) implements ScriptBlock {
        public <R> R accept(Visitor<R> v) { return v.heading(this); }
    }

    record Paragraph(String id, Prose text) implements ScriptBlock {
        public <R> R accept(Visitor<R> v) { return v.paragraph(this); }
    }

    /** A quotation; {@code source} ("Stalin, February 1931") with its own notes, empty when unknown. */
    record Quote(String id, Prose text, Prose source) implements ScriptBlock {
        public <R> R accept(Visitor<R> v) { return v.quote(this); }
    }

    /**
     * An image. Its text is the caption, the words printed under the image, or, without a
     * caption, the description. The description stands in for the image itself: the author's alt
     * text, else the caption, else the file name made readable. {@code alt} and {@code caption}
     * are "" when absent; {@code group} is the id of its figure group, or null.
     */
    record Figure(String id, Prose text, String description, String caption, String alt, String file, String group)
            implements ScriptBlock {
        public <R> R accept(Visitor<R> v) { return v.figure(this); }

        public boolean inGroup() {
            return group != null;
        }
    }

    /** Images shown side by side; its text is their shared caption (may be empty). */
    record FigureGroup(String id, Prose text, List<Figure> figures) implements ScriptBlock {
        public FigureGroup {
            figures = List.copyOf(figures);
        }

        public <R> R accept(Visitor<R> v) { return v.figureGroup(this); }
    }

    /** A list with its items in reading order; nesting is each item's {@code depth}. Its own text is empty. */
    record ListBlock(String id, List<ListItem> items) implements ScriptBlock {
        public ListBlock {
            items = List.copyOf(items);
        }

        public Prose text() { return Prose.EMPTY; }

        public <R> R accept(Visitor<R> v) { return v.list(this); }
    }

    enum ListKind { BULLET, ORDERED, DEFINITION }

    /**
     * One list entry. {@code ordinal} is its number in an ordered list (0 otherwise), {@code term}
     * the plain text of a definition list's term ("" otherwise; the text starts with it in bold),
     * {@code depth} the nesting depth from 1.
     */
    record ListItem(String id, ListKind kind, int ordinal, String term, int depth, Prose text) {
    }

    /** A table: caption, shape, and its rows (rows with no text at all are left out). */
    record Table(String id, Prose text, int rowCount, int columnCount, List<Row> rows) implements ScriptBlock {
        public Table {
            rows = List.copyOf(rows);
        }

        public <R> R accept(Visitor<R> v) { return v.table(this); }
    }

    /**
     * A table row. {@code header} when every cell is a header cell; {@code index} counts every
     * row from 1. Its text is empty in print; its one sentence speaks it ("Row three.",
     * "Columns: Year, Event.").
     */
    record Row(String id, int index, boolean header, Prose text, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** How a header cell labels others (PDF /Scope, HTML scope). */
    enum Scope { NONE, COLUMN, ROW }

    /**
     * A cell: its column (from 1), spans, whether it is a header and what it heads, and the text
     * of the headers that label it ("" when none).
     */
    record Cell(String id, Prose text, int column, int colspan, int rowspan, boolean header, Scope scope,
                String columnHeader, String rowHeader) {
    }

    /**
     * What a hatnote is for: telling this article apart from others of the same name ("For other
     * uses, see …", "… redirects here", "Not to be confused with …"), which a sighted reader
     * skims past and a listener need not hear, or leading on to another article.
     */
    enum HatnoteKind {
        DISAMBIGUATION, MAIN, SEE_ALSO, FURTHER;

        /**
         * The kind of a hatnote in a script written before hatnotes had kinds, from its lead:
         * Lector wrote every sentence-like hatnote ("This article is about …") with no lead.
         */
        public static HatnoteKind fromLead(String lead) {
            return switch (lead.strip()) {
                case "" -> DISAMBIGUATION;
                case "See also", "See", "Siehe auch" -> SEE_ALSO;
                case "Further information" -> FURTHER;
                default -> MAIN;
            };
        }
    }

    /**
     * A hatnote: "Main article: X", "For other uses, see X (disambiguation).". {@code lead} is
     * "Main article", "See also"… or "" for one written as a sentence.
     */
    record Hatnote(String id, HatnoteKind kind, String lead, Prose text) implements ScriptBlock {
        public <R> R accept(Visitor<R> v) { return v.hatnote(this); }
    }

    /**
     * An infobox: the summary box beside an article's lead, announced and skippable as one block.
     * Its text is the box's title ("" when it has none); each entry is a label and a value.
     */
    record Infobox(String id, Prose text, List<InfoboxEntry> entries) implements ScriptBlock {
        public Infobox {
            entries = List.copyOf(entries);
        }

        public <R> R accept(Visitor<R> v) { return v.infobox(this); }
    }

    /** One line of an infobox; the label is "" for a row that only has a value or only a sub-heading. */
    record InfoboxEntry(String id, String label, Prose text) {
    }

    /** A displayed formula; its text is the TeX source with one formula span over it. */
    record Formula(String id, String tex, Prose text) implements ScriptBlock {
        public <R> R accept(Visitor<R> v) { return v.formula(this); }
    }

    enum NoteKind { CITATION, EXPLANATORY }

    /** A note in the notes section: label ("12", "a"), group ("", "lower-alpha"), kind, sources. */
    record Note(String id, String label, String group, NoteKind kind, List<Citation> sources, Prose text)
            implements ScriptBlock {
        public Note {
            sources = List.copyOf(sources);
        }

        public <R> R accept(Visitor<R> v) { return v.note(this); }
    }
}
