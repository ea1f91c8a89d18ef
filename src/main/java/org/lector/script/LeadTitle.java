package org.lector.script;

import java.util.List;
import java.util.Locale;
import org.lector.document.Article;
import org.lector.document.Block;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.Paragraph;
import org.lector.document.PlainText;

/**
 * The title as the article itself writes it. A title derived from a file name loses its case
 * ("louis-braille.wiki" gives "Louis braille"); Wikipedia's lead bolds the subject's name in the
 * first sentence ({@code '''Louis Braille'''}), so when that bold text is the same title apart from
 * case, its spelling wins.
 */
final class LeadTitle {
    private LeadTitle() {
    }

    static String of(Article article) {
        String title = article.title();
        for (Block b : article.lead()) {
            if (b instanceof Paragraph p) {
                String bold = firstBold(p.content());
                if (bold != null && bold.toLowerCase(Locale.ROOT).equals(title.toLowerCase(Locale.ROOT))) {
                    return bold;
                }
                return title;
            }
        }
        return title;
    }

    private static String firstBold(List<Inline> content) {
        for (Inline in : content) {
            if (in instanceof Emphasis e) {
                if (e.style() == Emphasis.Style.BOLD) {
                    return PlainText.of(e.children());
                }
                String inner = firstBold(e.children());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
