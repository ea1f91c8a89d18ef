package org.lector.wikitext;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.lector.document.Article;
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

    public Article parse(String title, String language, String rawWikitext) {
        Article article = new Article(title, language);
        // control characters and lone surrogates never reach a reader, whatever route the text took
        int[] replaced = {0};
        String wikitext = CharacterReferences.sanitize(rawWikitext, w -> replaced[0]++);
        ParseSession session = new ParseSession(registry, title, language, article.notes(),
                RefDefinitions.scan(wikitext), article.properties());
        for (int k = 0; k < replaced[0]; k++) {
            session.warn(CharacterReferences.RAW_WARNING);
        }
        List<BlockPiece> parsed = new BlockParser(session).parse(Preprocessor.parse(wikitext));
        Deque<Section> open = new ArrayDeque<>();
        for (BlockPiece piece : parsed) {
            if (piece instanceof BlockPiece.Heading h) {
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
            } else if (piece instanceof BlockPiece.Body b) {
                (open.isEmpty() ? article.lead() : open.peek().blocks()).add(b.block());
            }
        }
        article.warnings().addAll(session.warnings().summary());
        return article;
    }
}
