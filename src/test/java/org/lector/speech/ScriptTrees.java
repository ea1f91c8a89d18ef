package org.lector.speech;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lector.document.Citation;
import org.lector.script.Chapter;
import org.lector.script.NoteText;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Heading;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Sentence;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * Hand-built reading scripts for the speech tests, as the script stage would deliver them:
 * one chapter (the title "Sample" and the lead) holding the given blocks, and the notes chapter
 * when notes are given. {@link Text} writes a block's text with its spans and sentences.
 */
final class ScriptTrees {
    private ScriptTrees() {
    }

    static ReadingScript script(String language, List<ScriptBlock> blocks, List<Note> notes) {
        List<Chapter> chapters = new ArrayList<>();
        Heading title = new Heading("t", 1, new Text("t").add("Sample").prose());
        chapters.add(new Chapter(1, SectionRole.LEAD, "Sample", "t", null,
                List.of(new Section("s0", SectionRole.LEAD, title, blocks))));
        if (!notes.isEmpty()) {
            Heading heading = new Heading("notes.h", 2, new Text("notes.h").add("Notes").prose());
            chapters.add(new Chapter(2, SectionRole.NOTES, "Notes", "notes.h", null,
                    List.of(new Section("notes", SectionRole.NOTES, heading, List.copyOf(notes)))));
        }
        return new ReadingScript(ReadingScript.VERSION, "Sample", language, null, chapters, List.of());
    }

    static ReadingScript script(ScriptBlock... blocks) {
        return script("en", List.of(blocks), List.of());
    }

    /** A short citation, as {{sfn|Kotkin|2014|p=426}} gives it. */
    static NoteText sfn(String label, String author, String year, String kind, String location) {
        Citation c = new Citation(List.of(author), year, kind, location, Map.of());
        String print = author + " " + year + ", " + (kind.equals("p") ? "p. " : "pp. ") + location + ".";
        return new NoteText(label, "", print, List.of(c));
    }

    /** The note block of the notes section for a note cited in the text. */
    static Note note(NoteText n) {
        return new Note("notes." + n.label(), n.label(), n.group(), ScriptBlock.NoteKind.CITATION, n.sources(),
                new Text("notes." + n.label()).add(n.text()).prose());
    }

    /** One chapter, one section, as the script stage would build it, with a given chapter number and heading. */
    static Chapter chapter(int number, String headingText, ScriptBlock... blocks) {
        String id = "s" + number;
        Heading heading = new Heading(id + ".h", 2, new Text(id + ".h").add(headingText).prose());
        return new Chapter(number, SectionRole.BODY, headingText, id + ".h", null,
                List.of(new Section(id, SectionRole.BODY, heading, List.of(blocks))));
    }

    /** A block of the first section, where {@link #script} puts them. */
    static ScriptBlock block(ReadingScript spoken, int index) {
        return spoken.chapters().get(0).sections().get(0).blocks().get(index);
    }

    /** The speech of every sentence of the first block. */
    static List<String> first(ReadingScript spoken) {
        return speech(block(spoken, 0).text());
    }

    /** The speech of every sentence of a prose, in order. */
    static List<String> speech(Prose p) {
        return p.sentences().stream().map(Sentence::speech).toList();
    }

    /**
     * A block's text written piece by piece: plain text, styled runs, note markers, sentence
     * ends. Each sentence runs from the end of the one before, leading spaces left out, to the
     * place {@link #end()} is called; {@link #prose()} ends the last.
     */
    static final class Text {
        private final String id;
        private final StringBuilder text = new StringBuilder();
        private final List<Span> spans = new ArrayList<>();
        private final Map<String, NoteText> notes = new LinkedHashMap<>();
        private final List<Sentence> sentences = new ArrayList<>();
        private int sentenceStart;

        Text(String id) {
            this.id = id;
        }

        Text add(String plain) {
            text.append(plain);
            return this;
        }

        Text span(SpanKind kind, String run, String value) {
            int start = text.length();
            text.append(run);
            spans.add(new Span(kind, start, text.length(), value));
            return this;
        }

        Text sup(String run) {
            return span(SpanKind.SUPERSCRIPT, run, null);
        }

        Text sub(String run) {
            return span(SpanKind.SUBSCRIPT, run, null);
        }

        Text note(NoteText n) {
            spans.add(new Span(SpanKind.NOTEREF, text.length(), text.length(), n.label()));
            notes.putIfAbsent(n.label(), n);
            return this;
        }

        /** Ends the sentence here. */
        Text end() {
            while (sentenceStart < text.length() && Character.isWhitespace(text.charAt(sentenceStart))) {
                sentenceStart++;
            }
            sentences.add(new Sentence(id + "." + (sentences.size() + 1), sentenceStart,
                    Math.max(sentenceStart, text.length()), null));
            sentenceStart = text.length();
            return this;
        }

        /** The prose, its last sentence ended; a text empty in print gets one empty sentence. */
        Prose prose() {
            if (sentences.isEmpty() || sentenceStart < text.length()) {
                end();
            }
            return new Prose(text.toString(), spans, List.copyOf(notes.values()), sentences);
        }
    }
}
