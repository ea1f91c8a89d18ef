package org.lector.audio;

import java.util.List;
import org.lector.script.Chapter;

/**
 * A chapter of the script and how it is spoken, with the blocks in it a listener may skip whole; a
 * chapter with no part says nothing and gets no file.
 */
record ChapterPlan(Chapter chapter, List<SpokenPart> parts, List<SkippableBlock> skippable) {
    ChapterPlan {
        parts = List.copyOf(parts);
        skippable = List.copyOf(skippable);
    }

    static ChapterPlan of(Chapter chapter) {
        return new ChapterPlan(chapter, Prosody.plan(chapter), SkippableBlock.of(chapter));
    }

    boolean speaks() {
        return !parts.isEmpty();
    }

    /** Characters to speak: a cheap estimate of the chapter's length, for scheduling. */
    long speechLength() {
        return parts.stream().flatMap(p -> p.sentences().stream()).mapToLong(s -> s.speech().length()).sum();
    }
}
