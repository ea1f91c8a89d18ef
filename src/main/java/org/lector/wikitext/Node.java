package org.lector.wikitext;

import java.util.List;
import java.util.Map;

/**
 * The preprocessor's view of wikitext: plain text and balanced constructs whose inside is kept as
 * raw wikitext and parsed again on demand (templates, links, extension tags). Keeping the inside
 * raw lets template handlers receive parameter values as written.
 */
sealed interface Node {

    /** A preprocessor-internal placeholder, never seen outside {@link Preprocessor}. */
    non-sealed interface Internal extends Node {
    }

    /** Text with no balanced construct in it (may still hold apostrophes, HTML tags, entities). */
    record TextNode(String text) implements Node {
    }

    /** {@code {{name|a|k=v}}}: parts.get(0) is the name, then the raw parameters. */
    record TemplateNode(List<String> parts) implements Node {
        public TemplateNode {
            parts = List.copyOf(parts);
        }
    }

    /** {@code {{{1|default}}}}: a template argument; outside a template only its default shows. */
    record ArgumentNode(List<String> parts) implements Node {
        public ArgumentNode {
            parts = List.copyOf(parts);
        }
    }

    /** {@code [[target|…]]}: parts split at top-level pipes. */
    record LinkNode(List<String> parts) implements Node {
        public LinkNode {
            parts = List.copyOf(parts);
        }
    }

    /** An extension tag or block tag ({@code <ref>}, {@code <math>}, {@code <gallery>}, {@code <blockquote>}…). */
    record TagNode(String name, Map<String, String> attributes, String body, boolean selfClosing) implements Node {
        public TagNode {
            attributes = Map.copyOf(attributes);
        }
    }
}
