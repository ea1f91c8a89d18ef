package org.lector.audio;

import java.util.List;
import org.lector.script.ScriptItem;

/**
 * One track of the audiobook: its number (from 1), its title (print form), the item that is
 * announced as the chapter's heading (the title item for chapter 1), and its items in reading
 * order. Part headings that only introduce this chapter come before the announced item.
 */
public record Chapter(int number, String title, String announcedItemId, List<ScriptItem> items) {
    public Chapter {
        items = List.copyOf(items);
    }

    /** Characters to speak: a cheap estimate of the chapter's length, for scheduling. */
    public long speechLength() {
        return items.stream().mapToLong(i -> i.speech() == null ? 0 : i.speech().length()).sum();
    }
}
