package org.lector.script;

import java.util.List;

/**
 * A headed part of a chapter: its heading (the title for the lead section), its role and its
 * blocks. Sections are listed flat inside their chapter in reading order; a subsection is the
 * next section with a deeper heading level.
 */
public record Section(String id, SectionRole role, ScriptBlock.Heading heading, List<ScriptBlock> blocks) {
    public Section {
        blocks = List.copyOf(blocks);
    }

    public int level() {
        return heading.level();
    }
}
