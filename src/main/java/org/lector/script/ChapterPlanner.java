package org.lector.script;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Decides the chapters once, for every backend: chapter 1 is the title and the lead, then one
 * chapter per top-level section with its subsections inside, and the notes last. Back matter
 * ("See also", "References", "External links") keeps the article's order, after the body: each
 * top-level back-matter section is a chapter of its own, so a listener can skip it and the
 * speech stage can say it briefly.
 *
 * <p>The top level is the shallowest heading level that holds more than one body section (back
 * matter and the notes do not count: they are chapters of their own). Usually that is level 2; but an article
 * (or an excerpt, like the seed) whose whole body sits under one level-2 heading would otherwise
 * be a single chapter of half an hour, so such a wrapping level is skipped. A section above the
 * top level with nothing of its own but hatnotes opens the chapter that follows it (it is read
 * there, before that chapter's heading); with prose of its own it is a chapter.
 */
final class ChapterPlanner {
    private ChapterPlanner() {
    }

    static List<Chapter> plan(List<Section> sections) {
        int top = topLevel(sections);
        List<List<Section>> groups = new ArrayList<>();
        List<Section> current = new ArrayList<>();
        // the level of the back-matter section the current chapter opened with; 0 in the body
        int backMatterLevel = 0;
        for (Section s : sections) {
            boolean boundary = startsChapter(s, top, backMatterLevel);
            if (boundary && !current.isEmpty() && !(s.role() == SectionRole.BODY && onlyIntroduces(current, top))) {
                groups.add(current);
                current = new ArrayList<>();
            }
            current.add(s);
            if (!s.role().isBackMatter() || s.role() == SectionRole.NOTES) {
                backMatterLevel = 0;
            } else if (boundary) {
                backMatterLevel = s.level();
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        List<Chapter> chapters = new ArrayList<>();
        for (List<Section> group : groups) {
            Section announced = announced(group, top);
            chapters.add(new Chapter(chapters.size() + 1, announced.role(), announced.heading().text().text(),
                    announced.heading().id(), null, group));
        }
        return chapters;
    }

    /**
     * Whether a section opens a chapter: a body section at the top level, the first section of
     * back matter after the body and each back-matter section beside it (its subsections stay
     * inside), the body again after back matter, and the notes.
     */
    private static boolean startsChapter(Section s, int top, int backMatterLevel) {
        if (s.role() == SectionRole.NOTES) {
            return true;
        }
        if (s.role().isBackMatter()) {
            return backMatterLevel == 0 || s.level() <= backMatterLevel;
        }
        return s.level() <= top || backMatterLevel > 0;
    }

    /**
     * The shallowest heading level with two or more body sections; 2 when there is none. Back
     * matter does not count: a body wrapped in one heading beside "See also" is still wrapped.
     */
    static int topLevel(List<Section> sections) {
        TreeMap<Integer, Integer> counts = new TreeMap<>();
        for (Section s : sections) {
            if (s.role() == SectionRole.BODY) {
                counts.merge(s.level(), 1, Integer::sum);
            }
        }
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            if (e.getValue() > 1) {
                return e.getKey();
            }
        }
        return counts.isEmpty() ? 2 : counts.firstKey();
    }

    /** True when the group so far is part headings above the top level with only hatnotes under them. */
    private static boolean onlyIntroduces(List<Section> group, int top) {
        Section first = group.get(0);
        if (first.role() == SectionRole.LEAD || first.role() == SectionRole.NOTES || first.level() >= top) {
            return false;
        }
        return group.stream().allMatch(s -> s.level() < top && onlyHatnotes(s));
    }

    /** The section whose heading names the chapter: the last part-or-chapter heading of its leading run. */
    private static Section announced(List<Section> group, int top) {
        Section announced = group.get(0);
        if (announced.role().isBackMatter()) {
            return announced; // "External links" names its chapter even when only a hatnote stands under it
        }
        for (Section s : group) {
            if (s.level() > top && s.role() != SectionRole.NOTES) {
                break;
            }
            announced = s;
            if (!onlyHatnotes(s)) {
                break;
            }
        }
        return announced;
    }

    private static boolean onlyHatnotes(Section s) {
        return s.blocks().stream().allMatch(b -> b instanceof ScriptBlock.Hatnote);
    }
}
