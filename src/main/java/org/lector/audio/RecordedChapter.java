package org.lector.audio;

import java.util.List;
import org.lector.script.TimedScript.TimedChapter;

/** A chapter as written: its file with where each sentence lies in it, and what went wrong on the way. */
public record RecordedChapter(TimedChapter timed, List<String> warnings) {
    public RecordedChapter {
        warnings = List.copyOf(warnings);
    }

    public double seconds() {
        return timed.seconds();
    }
}
