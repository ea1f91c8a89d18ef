package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.speech.EnglishVariety;
import org.lector.speech.NumberWords;

/**
 * Structure made audible, the way DAISY talking books and human narrators do it: the chapter
 * announced ("Chapter three: The Great Terror."), a long silence before a subsection heading and a
 * shorter one after it, a pause after each paragraph, quotations and figures set apart by
 * silence on both sides, list items and table cells closer together. Synthetic voices run
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
    static final int AFTER_CELL_MS = 200;
    static final int AFTER_NOTE_MS = 600;

    private Prosody() {
    }

    /** The chapter's items as spoken, with their pauses; items with nothing to say are left out. */
    public static List<SpokenItem> plan(Chapter chapter) {
        List<SpokenItem> spoken = new ArrayList<>();
        for (ScriptItem item : chapter.items()) {
            if (!ChapterSplitter.speaks(item)) {
                continue;
            }
            if (item.id().equals(chapter.announcedItemId())) {
                spoken.add(announcement(chapter, item));
            } else {
                spoken.add(new SpokenItem(item.id(), pauseBefore(item), item.speech(), pauseAfter(item), caption(item)));
            }
        }
        return spoken;
    }

    /** "Chapter three: The Great Terror." — chapter 1 is announced by the article title alone. */
    static SpokenItem announcement(Chapter chapter, ScriptItem item) {
        String said = sentence(item.speech());
        String shown = item.text();
        if (item.role() != Role.TITLE) {
            String n = NumberWords.cardinal(chapter.number(), EnglishVariety.BRITISH);
            said = "Chapter " + n + ": " + said;
            shown = "Chapter " + chapter.number() + ": " + shown;
        }
        return new SpokenItem(item.id(), 0, said, AFTER_ANNOUNCEMENT_MS, shown);
    }

    static int pauseBefore(ScriptItem item) {
        return switch (item.role()) {
            case HEADING -> BEFORE_SUBHEADING_MS;
            case QUOTE -> AROUND_QUOTE_MS;
            case FIGURE -> item.attributes().containsKey("group") ? AFTER_LIST_ITEM_MS : AROUND_FIGURE_MS;
            case FIGURE_GROUP, TABLE, FORMULA -> AROUND_FIGURE_MS;
            default -> 0;
        };
    }

    static int pauseAfter(ScriptItem item) {
        return switch (item.role()) {
            case TITLE -> AFTER_ANNOUNCEMENT_MS;
            case HEADING -> AFTER_SUBHEADING_MS;
            case PARAGRAPH -> AFTER_PARAGRAPH_MS;
            case QUOTE -> AROUND_QUOTE_MS;
            case FIGURE, FORMULA, TABLE -> AROUND_FIGURE_MS;
            case HATNOTE -> AFTER_HATNOTE_MS;
            case LIST_ITEM, FIGURE_GROUP, ROW -> AFTER_LIST_ITEM_MS;
            case CELL -> AFTER_CELL_MS;
            case NOTE -> AFTER_NOTE_MS;
        };
    }

    /** The silence between two items: the longer of what the first wants after and the second before. */
    public static int between(SpokenItem previous, SpokenItem next) {
        return previous == null ? LEAD_IN_MS : Math.max(previous.pauseAfterMs(), next.pauseBeforeMs());
    }

    /**
     * What a caption shows: the print text (digits, real spellings — the speech has lexicon
     * respellings like "Khlev nyook" that would confuse a reader), or the speech when an item has
     * no print text of its own (a figure group's "Group of two images"). A note shows its label as
     * the script's text form does, "[12] Kotkin 2014, p. 426.", since the voice says "Note twelve".
     */
    static String caption(ScriptItem item) {
        if (item.text() == null || item.text().isBlank()) {
            return item.speech();
        }
        String label = item.attributes().get("label");
        return item.role() == Role.NOTE && label != null ? "[" + label + "] " + item.text() : item.text();
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.matches(".*[.!?]$") ? t : t + ".";
    }
}
