package org.lector.wikitext.templates;

import java.util.List;
import org.lector.document.Block;
import org.lector.document.Inline;

/**
 * What a template contributes to the document: inline content (kept in the running text), blocks
 * (which split the surrounding paragraph: an infobox or a quote box standing mid-line), or nothing.
 */
public sealed interface TemplateResult {
    record Inlines(List<Inline> content) implements TemplateResult {
        public Inlines {
            content = List.copyOf(content);
        }
    }

    record Blocks(List<Block> content) implements TemplateResult {
        public Blocks {
            content = List.copyOf(content);
        }
    }

    record Nothing() implements TemplateResult {
    }

    static TemplateResult inlines(List<Inline> content) {
        return new Inlines(content);
    }

    /** The content, or nothing when there is none. */
    static TemplateResult inlinesOrNothing(List<Inline> content) {
        return content.isEmpty() ? nothing() : inlines(content);
    }

    static TemplateResult inline(Inline content) {
        return new Inlines(List.of(content));
    }

    static TemplateResult blocks(List<Block> content) {
        return new Blocks(content);
    }

    static TemplateResult block(Block content) {
        return new Blocks(List.of(content));
    }

    static TemplateResult nothing() {
        return new Nothing();
    }
}
