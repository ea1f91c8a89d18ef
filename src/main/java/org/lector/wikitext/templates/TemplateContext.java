package org.lector.wikitext.templates;

import java.util.List;
import org.lector.document.Block;
import org.lector.document.Citation;
import org.lector.document.Inline;
import org.lector.document.Note;
import org.lector.document.NoteRef;

/** What the parser offers a template handler: parsing of parameter values, notes, warnings. */
public interface TemplateContext {

    /** Parses wikitext (a parameter value) into inline content; nested templates are expanded. */
    List<Inline> parseInline(String wikitext);

    /** Parses wikitext into blocks (paragraphs, lists, nested block templates). */
    List<Block> parseBlocks(String wikitext);

    /** Plain text of a parameter value: markup stripped, links reduced to labels, templates expanded. */
    String plainText(String wikitext);

    /**
     * Adds a footnote and returns the reference to place in the text. Notes with equal non-null
     * {@code mergeKey} in the same group are one note (identical {@code {{sfn}}}s share a number).
     */
    NoteRef addNote(Note.Kind kind, String group, String mergeKey, List<Inline> content, List<Citation> citations);

    /**
     * The footnote a named ref stands for ({@code <ref name="x"/>}, wherever it is defined in the
     * article), as a reuse would cite it; null, with a warning, when it is defined nowhere.
     */
    default NoteRef namedNote(String group, String name) {
        return null;
    }

    /**
     * Records a structured source for the note being built (a cite template inside {@code <ref>}),
     * so the note carries data for its spoken form. Outside a note this does nothing.
     */
    void recordCitation(Citation citation);

    /** The content of a footnote and the structured sources that cite templates inside it recorded. */
    record NoteContent(List<Inline> content, List<Citation> citations) {
        public NoteContent {
            content = List.copyOf(content);
            citations = List.copyOf(citations);
        }
    }

    /**
     * Parses the text of a footnote ({@code {{efn}}}, {@code <ref>}), collecting the sources its
     * cite templates record, so the note carries them for its spoken form.
     */
    default NoteContent parseNote(String wikitext) {
        return new NoteContent(parseInline(wikitext), List.of());
    }

    /** Records a warning for the user (shown once at the end, with counts). */
    void warn(String message);

    /**
     * Records a fact about the whole article that a template declares rather than shows, such as
     * its English variety ({@code {{Use British English}}}): key "englishVariety".
     */
    default void setProperty(String key, String value) {
    }

    /** The title of the article being read ("" when unknown). */
    default String pageTitle() {
        return "";
    }

    /** The article's language, BCP 47 ("en", "de", "ml"). */
    String language();
}
