package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.Chapter;
import org.lector.script.Prose;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Cell;
import org.lector.script.ScriptBlock.Figure;
import org.lector.script.ScriptBlock.FigureGroup;
import org.lector.script.ScriptBlock.Formula;
import org.lector.script.ScriptBlock.Hatnote;
import org.lector.script.ScriptBlock.Heading;
import org.lector.script.ScriptBlock.Infobox;
import org.lector.script.ScriptBlock.InfoboxEntry;
import org.lector.script.ScriptBlock.ListBlock;
import org.lector.script.ScriptBlock.ListItem;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.ScriptBlock.Quote;
import org.lector.script.ScriptBlock.Row;
import org.lector.script.ScriptBlock.Table;
import org.lector.script.Section;
import org.lector.script.Sentence;

/**
 * Structure made audible, the way DAISY talking books and human narrators do it: the chapter
 * announced ("Chapter three: The Great Terror."), a long silence before a subsection heading and a
 * shorter one after it, a pause after each paragraph, quotations, figures and tables set apart by
 * silence on both sides, list items, rows and table cells closer together. Synthetic voices run
 * sentences together, so these silences are what tells a listener where the structure is.
 */
public final class Prosody {
    /** Silence at the start of every chapter file, so a player starting it does not clip the first word. */
    public static final int LEAD_IN_MS = 300;
    /** Silence at the end, so consecutive tracks do not run into each other. */
    public static final int TAIL_MS = 1000;

    static final int AFTER_ANNOUNCEMENT_MS = 1200;
    static final int BEFORE_SUBHEADING_MS = 1500;
    static final int AFTER_SUBHEADING_MS = 700;
    static final int AFTER_PARAGRAPH_MS = 700;
    static final int AROUND_QUOTE_MS = 1000;
    static final int AROUND_FIGURE_MS = 800;
    static final int AFTER_HATNOTE_MS = 600;
    static final int AFTER_LIST_ITEM_MS = 400;
    /** Between the facts of an infobox, each its own sentence: a little longer than between list items, so they do not run together. */
    static final int BETWEEN_FACTS_MS = 500;
    static final int AFTER_CELL_MS = 200;
    static final int AFTER_NOTE_MS = 600;

    private static final BlockParts BLOCK_PARTS = new BlockParts();

    private Prosody() {
    }

    /**
     * The chapter as spoken, part by part with their pauses. Sentences with nothing to say are
     * left out, and parts left with no sentence. The heading that names the chapter is replaced
     * by the chapter's announcement, under the id of its first sentence.
     */
    public static List<SpokenPart> plan(Chapter chapter) {
        List<SpokenPart> parts = new ArrayList<>();
        for (Section section : chapter.sections()) {
            Heading heading = section.heading();
            parts.addAll(heading.id().equals(chapter.announced()) ? announcement(chapter, heading) : heading.accept(BLOCK_PARTS));
            for (ScriptBlock block : section.blocks()) {
                parts.addAll(block.accept(BLOCK_PARTS));
            }
        }
        return parts;
    }

    /**
     * The announcement says the whole heading ("Chapter three: " and its words), so it takes the
     * place of all the heading's sentences, as one, timed under the first one's id and captioned
     * with the heading's text (a heading is almost always one sentence). Without an announcement
     * the heading's own words open the chapter.
     */
    static List<SpokenPart> announcement(Chapter chapter, Heading heading) {
        List<SpokenSentence> own = spoken(heading.text());
        if (own.isEmpty()) {
            return List.of();
        }
        String said = chapter.announces() ? chapter.announcement().strip() : heading.text().speech();
        String print = heading.text().text().strip();
        String shown = print.isEmpty() ? said : print;
        return List.of(new SpokenPart(0, List.of(new SpokenSentence(own.get(0).id(), said, shown)), AFTER_ANNOUNCEMENT_MS));
    }

    /** The silence between two parts: the longer of what the first wants after and the second before. */
    public static int between(SpokenPart previous, SpokenPart next) {
        return previous == null ? LEAD_IN_MS : Math.max(previous.pauseAfterMs(), next.pauseBeforeMs());
    }

    /** The sentences of some prose that say something, in order. */
    static List<SpokenSentence> spoken(Prose... texts) {
        List<SpokenSentence> out = new ArrayList<>();
        for (Prose text : texts) {
            for (Sentence s : text.sentences()) {
                if (s.speaks()) {
                    String print = text.text(s).strip();
                    out.add(new SpokenSentence(s.id(), s.speech().strip(), print.isEmpty() ? s.speech().strip() : print));
                }
            }
        }
        return out;
    }

    /**
     * A note's sentences, the first captioned with its label as the script's text form shows it,
     * "[12] Kotkin 2014, p. 426.", since the voice says "Note twelve".
     */
    static List<SpokenSentence> spokenNote(Note n) {
        List<SpokenSentence> out = new ArrayList<>(spoken(n.text()));
        if (!out.isEmpty()) {
            SpokenSentence first = out.get(0);
            out.set(0, new SpokenSentence(first.id(), first.speech(), "[" + n.label() + "] " + first.caption()));
        }
        return out;
    }

    /** A fact's sentences, the first captioned with its label ("Operator: NASA"), since the voice says it. */
    static List<SpokenSentence> labelled(String label, List<SpokenSentence> sentences) {
        if (label.isEmpty() || sentences.isEmpty()) {
            return sentences;
        }
        List<SpokenSentence> out = new ArrayList<>(sentences);
        SpokenSentence first = out.get(0);
        out.set(0, new SpokenSentence(first.id(), first.speech(), label + ": " + first.caption()));
        return out;
    }

    /** The pauses of each block kind; a block with parts of its own (a table, a list) gives one part per piece. */
    private static final class BlockParts implements ScriptBlock.Visitor<List<SpokenPart>> {
        @Override
        public List<SpokenPart> heading(Heading h) {
            return part(BEFORE_SUBHEADING_MS, AFTER_SUBHEADING_MS, h.text());
        }

        @Override
        public List<SpokenPart> paragraph(Paragraph p) {
            return part(0, AFTER_PARAGRAPH_MS, p.text());
        }

        @Override
        public List<SpokenPart> quote(Quote q) {
            return part(AROUND_QUOTE_MS, AROUND_QUOTE_MS, q.text(), q.source());
        }

        @Override
        public List<SpokenPart> figure(Figure f) {
            return part(f.inGroup() ? AFTER_LIST_ITEM_MS : AROUND_FIGURE_MS, AROUND_FIGURE_MS, f.text());
        }

        @Override
        public List<SpokenPart> figureGroup(FigureGroup g) {
            List<SpokenPart> parts = new ArrayList<>(part(AROUND_FIGURE_MS, AFTER_LIST_ITEM_MS, g.text()));
            for (Figure f : g.figures()) {
                parts.addAll(figure(f));
            }
            return parts;
        }

        @Override
        public List<SpokenPart> list(ListBlock l) {
            List<SpokenPart> parts = new ArrayList<>();
            for (ListItem item : l.items()) {
                parts.addAll(part(0, AFTER_LIST_ITEM_MS, item.text()));
            }
            return parts;
        }

        @Override
        public List<SpokenPart> table(Table t) {
            List<SpokenPart> parts = new ArrayList<>(part(AROUND_FIGURE_MS, AROUND_FIGURE_MS, t.text()));
            for (Row row : t.rows()) {
                parts.addAll(part(0, AFTER_LIST_ITEM_MS, row.text()));
                for (Cell cell : row.cells()) {
                    parts.addAll(part(0, AFTER_CELL_MS, cell.text()));
                }
            }
            return setApartAtTheEnd(parts, AROUND_FIGURE_MS);
        }

        @Override
        public List<SpokenPart> hatnote(Hatnote h) {
            return part(0, AFTER_HATNOTE_MS, h.text());
        }

        /** Read like a table: its title set apart, then its facts, each a part of its own. */
        @Override
        public List<SpokenPart> infobox(Infobox i) {
            List<SpokenPart> parts = new ArrayList<>(part(AROUND_FIGURE_MS, AROUND_FIGURE_MS, i.text()));
            for (InfoboxEntry entry : i.entries()) {
                parts.addAll(part(0, labelled(entry.label(), spoken(entry.text())), BETWEEN_FACTS_MS));
            }
            return setApartAtTheEnd(parts, AROUND_FIGURE_MS);
        }

        @Override
        public List<SpokenPart> formula(Formula f) {
            return part(AROUND_FIGURE_MS, AROUND_FIGURE_MS, f.text());
        }

        @Override
        public List<SpokenPart> note(Note n) {
            return part(0, spokenNote(n), AFTER_NOTE_MS);
        }

        private static List<SpokenPart> part(int before, int after, Prose... texts) {
            return part(before, spoken(texts), after);
        }

        private static List<SpokenPart> part(int before, List<SpokenSentence> sentences, int after) {
            return sentences.isEmpty() ? List.of() : List.of(new SpokenPart(before, sentences, after));
        }

        /** A block read in many parts ends with its own closing pause, not just its last cell's. */
        private static List<SpokenPart> setApartAtTheEnd(List<SpokenPart> parts, int after) {
            if (!parts.isEmpty()) {
                SpokenPart last = parts.get(parts.size() - 1);
                parts.set(parts.size() - 1, last.withPauseAfter(Math.max(last.pauseAfterMs(), after)));
            }
            return parts;
        }
    }
}
