package org.lector.audio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.script.BlockProse;
import org.lector.script.Chapter;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.Sentence;
import org.lector.script.TimedScript.SentenceTime;
import org.lector.script.TimedScript.SkippableTime;

/**
 * A block of a chapter that a listener may want to pass over whole, the way DAISY players offer to
 * skip sidebars and tables: an infobox (the box beside the lead, a list of facts) or a table. Its
 * spoken sentences are known before recording; once they are timed, it is timed from the start of
 * its first to the end of its last.
 */
record SkippableBlock(String id, String kind, Set<String> sentenceIds) {
    SkippableBlock {
        sentenceIds = Set.copyOf(sentenceIds);
    }

    static List<SkippableBlock> of(Chapter chapter) {
        List<SkippableBlock> out = new ArrayList<>();
        for (Section s : chapter.sections()) {
            for (ScriptBlock b : s.blocks()) {
                String kind = b instanceof ScriptBlock.Infobox ? "infobox" : b instanceof ScriptBlock.Table ? "table" : null;
                if (kind == null) {
                    continue;
                }
                Set<String> ids = new HashSet<>();
                for (Sentence sentence : BlockProse.sentences(b)) {
                    if (sentence.speaks()) {
                        ids.add(sentence.id());
                    }
                }
                if (!ids.isEmpty()) {
                    out.add(new SkippableBlock(b.id(), kind, ids));
                }
            }
        }
        return out;
    }

    /** Where the block lies among the chapter's timed sentences; null when none of its sentences was heard. */
    SkippableTime timed(List<SentenceTime> times) {
        long start = -1;
        long end = -1;
        for (SentenceTime t : times) {
            if (sentenceIds.contains(t.sentenceId())) {
                start = start < 0 ? t.startSample() : start;
                end = t.endSample();
            }
        }
        return start < 0 ? null : new SkippableTime(id, kind, start, end);
    }
}
