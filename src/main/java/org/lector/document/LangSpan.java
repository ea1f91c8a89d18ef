package org.lector.document;

import java.util.List;

/** Text in another language than the article's, e.g. from {@code {{lang|ru|…}}}. {@code lang} is BCP 47. */
public record LangSpan(String lang, List<Inline> children) implements Inline {
    public LangSpan {
        children = List.copyOf(children);
    }
}
