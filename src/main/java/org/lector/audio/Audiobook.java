package org.lector.audio;

import java.util.List;
import org.lector.script.TimedScript;

/**
 * What was written for one article: where every spoken sentence lies in which chapter file (for
 * the backends that present text and audio together), and anything the listener should know.
 */
public record Audiobook(TimedScript timed, List<String> warnings) {
    public Audiobook {
        warnings = List.copyOf(warnings);
    }

    public int chapterCount() {
        return timed.chapters().size();
    }

    public double seconds() {
        return timed.chapters().stream().mapToDouble(TimedScript.TimedChapter::seconds).sum();
    }
}
