package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lector.script.Role;
import org.lector.script.ScriptItem;

/**
 * Splits a reading script into chapters a listener navigates by: chapter 1 is the title and the
 * lead, then one chapter per top-level section with its subsections inside, and the notes last.
 *
 * <p>The top level is the shallowest heading level that holds more than one section (the Notes
 * heading does not count, it is always its own chapter). Usually that is level 2; but an article
 * (or an excerpt, like the seed) whose whole body sits under one level-2 heading would otherwise
 * be a single chapter of half an hour, so such a wrapping level is skipped. A heading above the
 * top level whose section has nothing of its own but hatnotes opens the chapter that follows it
 * (it is read there, before that chapter is announced); with prose of its own it is a chapter.
 *
 * <p>Chapters with nothing to say are left out: the Notes chapter with {@code --citations} other
 * than notes (the speech stage gives its items no speech then), an empty article.
 */
public final class ChapterSplitter {
    static final String NOTES_HEADING_ID = "notes.h";

    private ChapterSplitter() {
    }

    public static List<Chapter> split(String articleTitle, List<ScriptItem> items) {
        int top = topLevel(items);
        List<List<ScriptItem>> groups = new ArrayList<>();
        List<ScriptItem> current = new ArrayList<>();
        for (ScriptItem item : items) {
            boolean boundary = item.role() == Role.HEADING && (item.level() <= top || isNotesHeading(item));
            if (boundary && !current.isEmpty() && !onlyIntroduces(current, top)) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(item);
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<Chapter> chapters = new ArrayList<>();
        for (List<ScriptItem> group : groups) {
            if (group.stream().noneMatch(ChapterSplitter::speaks)) {
                continue;
            }
            ScriptItem announced = announced(group, top);
            String title = announced.role() == Role.TITLE || announced.role() == Role.HEADING
                    ? announced.text() : articleTitle;
            chapters.add(new Chapter(chapters.size() + 1, title, announced.id(), group));
        }
        return chapters;
    }

    /** The shallowest heading level with two or more headings (Notes aside); 2 when there is none. */
    static int topLevel(List<ScriptItem> items) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (ScriptItem i : items) {
            if (i.role() == Role.HEADING && !isNotesHeading(i)) {
                counts.merge(i.level(), 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > 1) {
                return e.getKey();
            }
        }
        return counts.isEmpty() ? 2 : ((TreeMap<Integer, Integer>) counts).firstKey();
    }

    /**
     * True when the group so far is part headings above the top level with only hatnotes under
     * them: it introduces the next chapter rather than being one.
     */
    private static boolean onlyIntroduces(List<ScriptItem> group, int top) {
        ScriptItem first = group.get(0);
        if (first.role() != Role.HEADING || first.level() >= top || isNotesHeading(first)) {
            return false;
        }
        return group.stream().allMatch(i -> i.role() == Role.HATNOTE || (i.role() == Role.HEADING && i.level() < top));
    }

    /** The item announced as the chapter's heading: the last part-or-chapter heading of its leading run. */
    private static ScriptItem announced(List<ScriptItem> group, int top) {
        ScriptItem announced = group.get(0);
        for (ScriptItem i : group) {
            if (i.role() == Role.HEADING && (i.level() <= top || isNotesHeading(i))) {
                announced = i;
            } else if (i.role() != Role.HATNOTE) {
                break;
            }
        }
        return announced;
    }

    static boolean isNotesHeading(ScriptItem item) {
        return item.role() == Role.HEADING && NOTES_HEADING_ID.equals(item.id());
    }

    static boolean speaks(ScriptItem item) {
        return item.speech() != null && !item.speech().isBlank();
    }
}
