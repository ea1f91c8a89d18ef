package org.lector.wikitext;

import java.util.List;
import org.lector.document.Block;
import org.lector.document.Inline;

/** What block parsing yields, in reading order: blocks, and the headings that open sections around them. */
sealed interface BlockPiece {

    /** A heading found at block level, before sections are formed. */
    record Heading(int level, List<Inline> content) implements BlockPiece {
    }

    record Body(Block block) implements BlockPiece {
    }
}
