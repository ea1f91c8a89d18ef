package org.lector.audio;

import java.util.List;

/** A chapter as written: its file, its length in samples, and where each item and caption lies in it. */
public record RecordedChapter(Chapter chapter, String file, String captionsFile, int sampleRate, long samples,
                              List<ItemTiming> items, List<Cue> cues, List<String> warnings) {
    public RecordedChapter {
        items = List.copyOf(items);
        cues = List.copyOf(cues);
        warnings = List.copyOf(warnings);
    }

    public double seconds() {
        return samples / (double) sampleRate;
    }

    public double seconds(long sample) {
        return sample / (double) sampleRate;
    }
}
