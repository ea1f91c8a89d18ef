package org.lector.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Figure;
import org.lector.document.FigureGroup;
import org.lector.document.Formula;
import org.lector.document.Hatnote;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.MathInline;
import org.lector.document.Note;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;
import org.lector.document.Quote;
import org.lector.document.Section;
import org.lector.document.Table;
import org.lector.document.Text;

/**
 * Linearises an article into its reading script: title, lead, sections in order (a section with
 * nothing to read is left out), then the notes. Each block kind is turned into items by
 * {@link BlockItems}.
 */
public final class ScriptBuilder {

    public ReadingScript build(Article article) {
        return build(article, false);
    }

    /**
     * @param titleGuessed the article's title was made from a file name; the lead's own spelling
     *                     of it is preferred (see {@link LeadTitle})
     */
    public ReadingScript build(Article article, boolean titleGuessed) {
        NoteTexts noteTexts = new NoteTexts();
        List<ScriptItem> items = new ArrayList<>();
        String title = titleGuessed ? LeadTitle.of(article) : article.title();
        Map<String, String> titleAttributes = new java.util.LinkedHashMap<>(article.properties());
        titleAttributes.put("language", article.language());
        items.add(new ScriptItem("t", Role.TITLE, 1, title, List.of(), List.of(), null, null, titleAttributes));
        BlockItems lead = new BlockItems(noteTexts, new ItemIds("s0"));
        for (Block b : article.lead()) {
            lead.add(b);
        }
        items.addAll(lead.items());
        int[] sectionCounter = {0};
        for (Section s : article.sections()) {
            items.addAll(section(s, noteTexts, sectionCounter));
        }
        items.addAll(notes(article.notes(), noteTexts));
        return new ReadingScript(title, article.language(), items, article.warnings());
    }

    private List<ScriptItem> section(Section section, NoteTexts noteTexts, int[] counter) {
        counter[0]++;
        ItemIds ids = new ItemIds("s" + counter[0]);
        BlockItems body = new BlockItems(noteTexts, ids);
        for (Block b : section.blocks()) {
            body.add(b);
        }
        List<ScriptItem> content = new ArrayList<>(body.items());
        for (Section sub : section.subsections()) {
            content.addAll(section(sub, noteTexts, counter));
        }
        TextAssembler heading = new TextAssembler(noteTexts).add(section.heading());
        if (content.isEmpty() || heading.text().isEmpty()) {
            return content;
        }
        List<ScriptItem> out = new ArrayList<>();
        out.add(new ScriptItem(ids.heading(), Role.HEADING, section.level(), heading.text(), heading.spans(),
                heading.notes(), null, null, Map.of()));
        out.addAll(content);
        return out;
    }

    private List<ScriptItem> notes(List<Note> notes, NoteTexts noteTexts) {
        List<ScriptItem> out = new ArrayList<>();
        if (notes.isEmpty()) {
            return out;
        }
        out.add(new ScriptItem("notes.h", Role.HEADING, 2, "Notes", List.of(), List.of(), null, null, Map.of()));
        for (Note n : notes) {
            TextAssembler a = noteTexts.assembled(n);
            String id = "notes." + (n.group().isEmpty() ? "" : n.group() + ".") + n.number();
            out.add(new ScriptItem(id, Role.NOTE, 0, a.text(), a.spans(), a.notes(), null, null,
                    Map.of("label", n.label(), "group", n.group(),
                            "kind", n.kind().name().toLowerCase(java.util.Locale.ROOT))));
        }
        return out;
    }

    /** A file name made readable: "Stalin_Rykov 1925.jpg" → "Stalin Rykov 1925". */
    static String readableFileName(String fileName) {
        return fileName.replaceAll("\\.[A-Za-z0-9]{2,5}$", "").replace('_', ' ').trim();
    }

    /** True when the content is one formula and nothing else worth reading. */
    static MathInline soleFormula(List<Inline> content) {
        MathInline found = null;
        for (Inline in : content) {
            if (in instanceof MathInline m && found == null) {
                found = m;
            } else if (!(in instanceof Text t && t.value().replaceAll("[\\s.,;:]", "").isEmpty())) {
                return null;
            }
        }
        return found;
    }

}
