package org.lector.wikitext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Section;
import org.lector.wikitext.templates.TemplateRegistry;

/**
 * Parses the wikitext of one article into the document tree. Stateless between articles; one
 * instance may parse many articles, one at a time per thread.
 */
public final class WikitextParser {
    private final TemplateRegistry registry;

    public WikitextParser() {
        this(TemplateRegistry.standard());
    }

    public WikitextParser(TemplateRegistry registry) {
        this.registry = registry;
    }

    public Article parse(String title, String language, String wikitext) {
        Article article = new Article(title, language);
        ParseSession session = new ParseSession(registry, title, language, article.notes(),
                RefDefinitions.scan(wikitext), article.properties());
        List<Object> parsed = new BlockParser(session).parse(Preprocessor.parse(wikitext));
        Deque<Section> open = new ArrayDeque<>();
        for (Object item : parsed) {
            if (item instanceof HeadingLine h) {
                Section section = new Section(h.level(), h.content());
                while (!open.isEmpty() && open.peek().level() >= h.level()) {
                    open.pop();
                }
                if (open.isEmpty()) {
                    article.sections().add(section);
                } else {
                    open.peek().subsections().add(section);
                }
                open.push(section);
            } else if (item instanceof Block b) {
                (open.isEmpty() ? article.lead() : open.peek().blocks()).add(b);
            }
        }
        article.warnings().addAll(session.warnings().summary());
        return article;
    }
}
