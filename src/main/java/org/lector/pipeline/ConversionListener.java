package org.lector.pipeline;

/** Hears of each article of a run once it is done, in input order, whether it was converted or not. */
public interface ConversionListener {
    void converted(ArticleResult result);

    void failed(ArticleFailure failure);
}
