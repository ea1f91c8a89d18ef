package org.lector.audio;

import java.util.List;
import org.lector.script.Chapter;

/** A chapter of the script and how it is spoken; a chapter with no part says nothing and gets no file. */
record ChapterPlan(Chapter chapter, List<SpokenPart> parts) {
    ChapterPlan {
        parts = List.copyOf(parts);
    }

    static ChapterPlan of(Chapter chapter) {
        return new ChapterPlan(chapter, Prosody.plan(chapter));
    }

    boolean speaks() {
        return !parts.isEmpty();
    }

    /** Characters to speak: a cheap estimate of the chapter's length, for scheduling. */
    long speechLength() {
        return parts.stream().flatMap(p -> p.sentences().stream()).mapToLong(s -> s.speech().length()).sum();
    }
}
