package org.lector.wikitext;

import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;

/** Parsing for the tests of this package: an article from wikitext, a paragraph's text. */
final class Articles {
    private static final WikitextParser PARSER = new WikitextParser();

    private Articles() {
    }

    static Article parse(String wikitext) {
        return PARSER.parse("Test", "en", wikitext);
    }

    /** The plain text of a block that is a paragraph. */
    static String text(Block paragraph) {
        return PlainText.of(((Paragraph) paragraph).content());
    }
}
