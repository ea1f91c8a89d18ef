package org.lector.audio;

import java.util.List;
import java.util.Map;
import org.lector.script.TimedScript.TimedChapter;

/**
 * A chapter as written: its file with where each sentence lies in it, what each of those
 * sentences' captions show (by sentence id), and what went wrong on the way.
 */
public record RecordedChapter(TimedChapter timed, Map<String, String> captions, List<String> warnings) {
    public RecordedChapter {
        captions = Map.copyOf(captions);
        warnings = List.copyOf(warnings);
    }

    public double seconds() {
        return timed.seconds();
    }
}
