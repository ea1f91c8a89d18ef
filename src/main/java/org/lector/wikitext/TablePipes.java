package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The templates that stand for table markup ({@code {{!}}} for "|", {@code {{!!}}} for "||",
 * {@code {{!-}}}, {@code {{(!}}} and {@code {{!)}}} for "|-", "{|" and "|}"), replaced by the
 * markup they stand for. MediaWiki expands them before it reads tables, so a table can be built
 * from them ({@code {{{!}}} opens one); read as templates, they would leave the table as text.
 */
final class TablePipes {
    private static final Map<String, String> MARKUP = Map.of(
            "!", "|", "!!", "||", "!-", "|-", "(!", "{|", "!)", "|}");

    private TablePipes() {
    }

    /** The line with these templates replaced by their markup; the line itself when it holds none. */
    static List<Node> substitute(List<Node> line) {
        if (line.stream().allMatch(n -> markupOf(n) == null)) {
            return line;
        }
        List<Node> out = new ArrayList<>(line.size());
        for (Node n : line) {
            String markup = markupOf(n);
            out.add(markup == null ? n : new Node.TextNode(markup));
        }
        return VisibleNodes.of(out);
    }

    private static String markupOf(Node n) {
        return n instanceof Node.TemplateNode t && t.parts().size() == 1
                ? MARKUP.get(ParameterSplitter.stripComments(t.parts().get(0)).trim()) : null;
    }
}
