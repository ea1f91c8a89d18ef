package org.lector.audio;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.BlockProse;
import org.lector.script.Chapter;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.Sentence;

/**
 * What the audiobook must time, worked out from the script alone, not through the audio code:
 * every sentence with something to say, in reading order, except the later sentences of the
 * heading a chapter's announcement replaces (it is spoken as one, under its first sentence's id).
 */
public final class SpokenIds {
    private SpokenIds() {
    }

    public static List<String> of(Chapter chapter) {
        List<String> ids = new ArrayList<>();
        for (Section s : chapter.sections()) {
            List<String> heading = speaking(s.heading());
            ids.addAll(s.heading().id().equals(chapter.announced()) && !heading.isEmpty() ? heading.subList(0, 1) : heading);
            for (ScriptBlock b : s.blocks()) {
                ids.addAll(speaking(b));
            }
        }
        return ids;
    }

    private static List<String> speaking(ScriptBlock block) {
        return BlockProse.sentences(block).stream().filter(Sentence::speaks).map(Sentence::id).toList();
    }
}
