package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a run of preprocessed nodes into inline content: text with apostrophe emphasis, HTML
 * tags and entities (see {@link TextScanner}), templates, links and extension tags. Blocks that
 * stand inside the run are hoisted out of it (see {@link InlineBuilder#hoist}).
 */
final class InlineParser {
    /** MediaWiki's link trail: letters written straight after {@code ]]} join the link's label. */
    private static final Pattern LINK_TRAIL = Pattern.compile("^\\p{L}+");

    private final ParseSession session;

    InlineParser(ParseSession session) {
        this.session = session;
    }

    /** Runs of inlines and hoisted blocks, in reading order. */
    List<InlinePiece> parse(List<Node> input) {
        List<Node> nodes = new ArrayList<>(SplitTags.join(VisibleNodes.of(input)));
        InlineBuilder out = new InlineBuilder();
        TextScanner scanner = new TextScanner(session, out);
        for (int k = 0; k < nodes.size(); k++) {
            Node node = nodes.get(k);
            if (node instanceof Node.TextNode t) {
                scanner.scan(t.text());
            } else if (node instanceof Node.TemplateNode t) {
                new TemplateExpander(session).expand(t, out);
            } else if (node instanceof Node.LinkNode l) {
                String trail = "";
                if (k + 1 < nodes.size() && nodes.get(k + 1) instanceof Node.TextNode next) {
                    Matcher m = LINK_TRAIL.matcher(next.text());
                    if (m.find()) {
                        trail = m.group();
                        nodes.set(k + 1, new Node.TextNode(next.text().substring(trail.length())));
                    }
                }
                new LinkRenderer(session).render(l, trail, out);
            } else if (node instanceof Node.TagNode t) {
                new TagRenderer(session).render(t, out);
            } else if (node instanceof Node.ArgumentNode a) {
                // outside a template only the argument's default shows
                if (a.parts().size() > 1) {
                    out.inlines(session.parseInline(a.parts().get(1)));
                }
            }
        }
        return out.finish();
    }
}
