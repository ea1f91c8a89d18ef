package org.lector.braille;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.Chapter;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Span;

/**
 * Reading scripts written by hand for the braille tests, without the script builder: prose
 * without sentences (braille reads only the print text), sections and chapters as the builder
 * lays them out.
 */
public final class TestScripts {
    private TestScripts() {
    }

    /** A script of one chapter: the title and the lead's blocks. */
    public static ReadingScript lead(String title, List<ScriptBlock> blocks) {
        return script(title, List.of(chapter(SectionRole.LEAD, leadSection(title, blocks))));
    }

    public static ReadingScript script(String title, List<Chapter> chapters) {
        return new ReadingScript(ReadingScript.VERSION, title, "en", null, chapters, List.of());
    }

    /** Chapters numbered in the order given. */
    public static List<Chapter> chapters(Chapter... chapters) {
        List<Chapter> out = new ArrayList<>();
        for (Chapter c : chapters) {
            out.add(new Chapter(out.size() + 1, c.role(), c.title(), c.announced(), c.announcement(), c.sections()));
        }
        return out;
    }

    public static Chapter chapter(SectionRole role, Section... sections) {
        ScriptBlock.Heading named = sections[0].heading();
        return new Chapter(1, role, named.text().text(), named.id(), null, List.of(sections));
    }

    public static Section leadSection(String title, List<ScriptBlock> blocks) {
        return new Section("s0", SectionRole.LEAD, new ScriptBlock.Heading("t", 1, Prose.plain(title)), blocks);
    }

    public static Section section(String id, int level, String heading, ScriptBlock... blocks) {
        return new Section(id, SectionRole.BODY, new ScriptBlock.Heading(id + ".h", level, Prose.plain(heading)), List.of(blocks));
    }

    /** The notes section, as the builder ends a script with it. */
    public static Section notesSection(ScriptBlock.Note... notes) {
        return new Section("notes", SectionRole.NOTES, new ScriptBlock.Heading("notes.h", 2, Prose.plain("Notes")), List.of(notes));
    }

    public static ScriptBlock.Note note(String label, String text) {
        return new ScriptBlock.Note("notes." + label, label, "", ScriptBlock.NoteKind.CITATION, List.of(), Prose.plain(text));
    }

    public static Prose prose(String text, Span... spans) {
        return prose(text, List.of(), spans);
    }

    public static Prose prose(String text, List<NoteText> notes, Span... spans) {
        return new Prose(text, List.of(spans), notes, List.of());
    }

    public static ScriptBlock.Paragraph paragraph(String id, Prose text) {
        return new ScriptBlock.Paragraph(id, text);
    }

    public static ScriptBlock.Cell cell(String id, String text, int column, boolean header, String columnHeader) {
        return new ScriptBlock.Cell(id, Prose.plain(text), column, 1, 1, header,
                header ? ScriptBlock.Scope.COLUMN : ScriptBlock.Scope.NONE, columnHeader, "");
    }

    public static ScriptBlock.Row row(String id, int index, boolean header, ScriptBlock.Cell... cells) {
        return new ScriptBlock.Row(id, index, header, Prose.EMPTY, List.of(cells));
    }
}
