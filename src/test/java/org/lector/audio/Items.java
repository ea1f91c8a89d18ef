package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.Chapter;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Heading;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Sentence;

/**
 * Script trees for hand-written audio tests, as the speech stage leaves them: each sentence's
 * speech is its print text unless given, sentence ids are the owner's id and ".1", ".2"…
 */
final class Items {
    private Items() {
    }

    static ReadingScript script(String title, String language, Chapter... chapters) {
        return new ReadingScript(ReadingScript.VERSION, title, language, null, List.of(chapters), List.of());
    }

    static Chapter chapter(int number, String title, String announced, String announcement, Section... sections) {
        SectionRole role = number == 1 ? SectionRole.LEAD : SectionRole.BODY;
        return new Chapter(number, role, title, announced, announcement, List.of(sections));
    }

    /** Chapter 1: the title (announced by its own words and a full stop) and the lead's blocks. */
    static Chapter lead(String title, ScriptBlock... blocks) {
        return chapter(1, title, "t", title + ".", new Section("s0", SectionRole.LEAD, heading("t", 1, title), List.of(blocks)));
    }

    static Section section(String id, SectionRole role, Heading heading, ScriptBlock... blocks) {
        return new Section(id, role, heading, List.of(blocks));
    }

    static Section body(String id, Heading heading, ScriptBlock... blocks) {
        return section(id, SectionRole.BODY, heading, blocks);
    }

    static Heading heading(String id, int level, String text) {
        return new Heading(id, level, prose(id, text));
    }

    static Paragraph paragraph(String id, String... sentences) {
        return new Paragraph(id, prose(id, sentences));
    }

    /** Sentences spoken as printed, joined by spaces. */
    static Prose prose(String owner, String... sentences) {
        String[] pairs = new String[sentences.length * 2];
        for (int i = 0; i < sentences.length; i++) {
            pairs[2 * i] = sentences[i];
            pairs[2 * i + 1] = sentences[i];
        }
        return spoken(owner, pairs);
    }

    /** Sentences as pairs of print text and speech; an empty print text gives an empty range. */
    static Prose spoken(String owner, String... printAndSpeech) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < printAndSpeech.length; i += 2) {
            String print = printAndSpeech[i];
            if (text.length() > 0 && !print.isEmpty()) {
                text.append(' ');
            }
            int start = text.length();
            text.append(print);
            sentences.add(new Sentence(owner + "." + (i / 2 + 1), start, text.length(), printAndSpeech[i + 1]));
        }
        return new Prose(text.toString(), List.of(), List.of(), sentences);
    }
}
