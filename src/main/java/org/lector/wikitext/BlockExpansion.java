package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Expands, before lines are read, the constructs whose result is wikitext that may hold block
 * structure of its own: conditionals ({@code {{#if:1|\n==Heading==\n}}}) and template arguments
 * standing outside any template ({@code {{{1|\n* item}}}}, which show their default). MediaWiki
 * reads headings, lists and tables after expanding them, so their result is spliced into the
 * node run in their place; expanded only at inline level, a heading they hold would be read as
 * text with its "==" marks.
 */
final class BlockExpansion {
    private BlockExpansion() {
    }

    /** The nodes with every conditional and argument replaced by what it yields, as visible nodes. */
    static List<Node> expand(List<Node> nodes, ParseSession session) {
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            Optional<String> yielded = wikitextOf(node, session);
            if (yielded.isEmpty()) {
                out.add(node);
            } else if (!yielded.get().isEmpty() && session.enter()) {
                try {
                    out.addAll(expand(Preprocessor.parse(yielded.get()), session));
                } finally {
                    session.leave();
                }
            }
        }
        return VisibleNodes.of(out);
    }

    /** The wikitext a node yields when it is a conditional or an argument; empty for any other node. */
    private static Optional<String> wikitextOf(Node node, ParseSession session) {
        if (node instanceof Node.ArgumentNode a) {
            // outside a template only the argument's default shows
            return Optional.of(a.parts().size() > 1 ? a.parts().get(1) : "");
        }
        if (node instanceof Node.TemplateNode t) {
            String name = ParameterSplitter.stripComments(t.parts().get(0)).trim();
            if (ParserFunctions.handles(name)) {
                return new ParserFunctions(session).branch(name, t.parts().subList(1, t.parts().size()));
            }
        }
        return Optional.empty();
    }
}
