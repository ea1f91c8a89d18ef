package org.lector.wikitext;

import java.util.List;
import org.lector.document.Block;
import org.lector.document.Inline;

/** What inline parsing yields, in reading order: runs of inline content and the blocks hoisted out of them. */
sealed interface InlinePiece {

    record Run(List<Inline> content) implements InlinePiece {
        public Run {
            content = List.copyOf(content);
        }
    }

    /** A block written inside the running text (an image, a quote box) that ends the run before it. */
    record Hoisted(Block block) implements InlinePiece {
    }
}
