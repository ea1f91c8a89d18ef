package org.lector.pdf;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.Chapter;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * Reading scripts built by hand for the PDF tests, shaped as the script stage shapes them: chapter
 * 1 is the title and the lead, then one chapter per level-2 section (with the deeper sections
 * after it), the notes last. Sentences are left empty: the PDF prints text, it does not speak.
 */
final class HandScript {
    private HandScript() {
    }

    /** One chapter: the title and these blocks as the lead. */
    static ReadingScript lead(String title, List<ScriptBlock> blocks) {
        return script(title, blocks, List.of(), List.of());
    }

    /** The title and lead, then {@code sections}, then a notes section when there are notes. */
    static ReadingScript script(String title, List<ScriptBlock> lead, List<Section> sections, List<ScriptBlock.Note> notes) {
        List<Chapter> chapters = new ArrayList<>();
        Section s0 = new Section("s0", SectionRole.LEAD, new ScriptBlock.Heading("t", 1, Prose.plain(title)), lead);
        chapters.add(new Chapter(1, SectionRole.LEAD, title, "t", "", List.of(s0)));
        List<Section> current = new ArrayList<>();
        for (Section s : sections) {
            if (s.level() <= 2 && !current.isEmpty()) {
                chapters.add(chapter(chapters.size() + 1, current));
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) {
            chapters.add(chapter(chapters.size() + 1, current));
        }
        if (!notes.isEmpty()) {
            Section n = new Section("notes", SectionRole.NOTES, new ScriptBlock.Heading("notes.h", 2, Prose.plain("Notes")),
                    List.copyOf(notes));
            chapters.add(new Chapter(chapters.size() + 1, SectionRole.NOTES, "Notes", "notes.h", "", List.of(n)));
        }
        return new ReadingScript(ReadingScript.VERSION, title, "en", null, chapters, List.of());
    }

    private static Chapter chapter(int number, List<Section> sections) {
        Section first = sections.get(0);
        return new Chapter(number, first.role(), first.heading().text().text(), first.heading().id(), "", sections);
    }

    static Section section(String id, int level, String heading, ScriptBlock... blocks) {
        return new Section(id, SectionRole.BODY, new ScriptBlock.Heading(id + ".h", level, Prose.plain(heading)), List.of(blocks));
    }

    static ScriptBlock.Paragraph paragraph(String id, String text, Span... spans) {
        return new ScriptBlock.Paragraph(id, prose(text, spans));
    }

    /** A table cell with plain text, one row high, labelled by no other header. */
    static ScriptBlock.Cell cell(String id, String text, int column, int colspan, boolean header, ScriptBlock.Scope scope) {
        return new ScriptBlock.Cell(id, Prose.plain(text), column, colspan, 1, header, scope, "", "");
    }

    static Prose prose(String text, Span... spans) {
        return new Prose(text, List.of(spans), List.of(), List.of());
    }

    /** A span over the first occurrence of {@code part} in {@code text}. */
    static Span span(SpanKind kind, String text, String part, String value) {
        int at = text.indexOf(part);
        if (at < 0) {
            throw new IllegalArgumentException(part + " is not in " + text);
        }
        return new Span(kind, at, at + part.length(), value);
    }

    static Span span(SpanKind kind, String text, String part) {
        return span(kind, text, part, null);
    }

    /** A note marker right after {@code part}. */
    static Span noteref(String text, String part, String label) {
        int at = text.indexOf(part) + part.length();
        return new Span(SpanKind.NOTEREF, at, at, label);
    }
}
