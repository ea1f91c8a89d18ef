package org.lector.wikitext;

import java.util.List;
import org.lector.document.Inline;

/** A heading found at block level, before sections are formed. */
record HeadingLine(int level, List<Inline> content) {
}
