package org.lector.document;

import java.util.ArrayList;
import java.util.List;

/** A headed part of an article; level 2 for "== x ==", down to 6. Subsections nest inside. */
public final class Section {
    private final int level;
    private final List<Inline> heading;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Section> subsections = new ArrayList<>();

    public Section(int level, List<Inline> heading) {
        this.level = level;
        this.heading = List.copyOf(heading);
    }

    public int level() { return level; }
    public List<Inline> heading() { return heading; }
    public List<Block> blocks() { return blocks; }
    public List<Section> subsections() { return subsections; }
}
