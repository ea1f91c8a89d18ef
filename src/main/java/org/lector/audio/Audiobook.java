package org.lector.audio;

import java.util.List;

/** What was written for one article: the chapters in order, and anything the listener should know. */
public record Audiobook(List<RecordedChapter> chapters, List<String> warnings) {
    public Audiobook {
        chapters = List.copyOf(chapters);
        warnings = List.copyOf(warnings);
    }

    public double seconds() {
        return chapters.stream().mapToDouble(RecordedChapter::seconds).sum();
    }
}
