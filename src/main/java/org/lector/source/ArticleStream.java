package org.lector.source;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.UnaryOperator;

/**
 * The articles of one input, in order, read lazily. Close it to release the input; iteration may
 * throw {@link InputException} if the input turns out to be malformed part-way through.
 */
public final class ArticleStream implements Iterator<RawArticle>, AutoCloseable {

    private final Iterator<RawArticle> articles;
    private final AutoCloseable resource;
    private final UnaryOperator<RawArticle> finishing;

    ArticleStream(Iterator<RawArticle> articles, AutoCloseable resource, UnaryOperator<RawArticle> finishing) {
        this.articles = articles;
        this.resource = resource;
        this.finishing = finishing;
    }

    @Override
    public boolean hasNext() {
        return articles.hasNext();
    }

    @Override
    public RawArticle next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return finishing.apply(articles.next());
    }

    @Override
    public void close() {
        try {
            resource.close();
        } catch (Exception ignored) {
            // releasing an input we only read cannot lose data; there is nothing to tell the user
        }
    }
}
