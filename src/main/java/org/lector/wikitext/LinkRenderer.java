package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.lector.document.Block;
import org.lector.document.Figure;
import org.lector.document.Paragraph;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Text;

/** Renders {@code [[…]]}: a figure, a dropped category or interlanguage link, or a link read by its label. */
final class LinkRenderer {
    private final ParseSession session;

    LinkRenderer(ParseSession session) {
        this.session = session;
    }

    void render(Node.LinkNode node, String trail, InlineBuilder out) {
        List<String> parts = node.parts();
        String target = ParameterSplitter.stripComments(parts.get(0)).trim();
        if (target.isEmpty() || target.contains("{{") || target.contains("\n")) {
            // not a link MediaWiki would make: read the inside as text
            out.inlines(session.parseInline(String.join("|", parts)));
            out.text(trail);
            return;
        }
        boolean forced = target.startsWith(":");
        if (forced) {
            target = target.substring(1).trim();
        }
        String prefix = Namespaces.prefixOf(target);
        if (!forced && Namespaces.isFile(prefix)) {
            figure(FileLink.parse(parts, session::warn), out);
            out.text(trail);
            return;
        }
        if (!forced && Namespaces.isCategory(prefix)) {
            return;
        }
        if (!forced && parts.size() == 1 && Namespaces.isInterlanguage(prefix)) {
            return;
        }
        List<Inline> label;
        if (parts.size() > 1 && !String.join("|", parts.subList(1, parts.size())).isBlank()) {
            label = new ArrayList<>(session.parseInline(String.join("|", parts.subList(1, parts.size()))));
        } else {
            label = new ArrayList<>(List.of(new Text(defaultLabel(target, parts.size() > 1, session::warn))));
        }
        if (!trail.isEmpty()) {
            label.add(new Text(trail));
        }
        out.inline(new Link(target, false, label));
    }

    private void figure(FileLink file, InlineBuilder out) {
        if (!file.framed()) {
            // an inline icon: only its alt text (or its tooltip caption) is worth reading
            String words = !file.alt().isBlank() ? file.alt() : file.caption();
            if (!words.isBlank()) {
                out.inlines(session.parseInline(words));
            }
            return;
        }
        if (!file.caption().contains("\n")) {
            out.hoist(file.toFigure(session));
            return;
        }
        // a caption with block content (a legend table): its first paragraph captions the figure,
        // the rest follows it
        List<Inline> caption = new ArrayList<>();
        List<Block> rest = new ArrayList<>();
        for (Block b : session.parseBlocks(file.caption())) {
            if (caption.isEmpty() && rest.isEmpty() && b instanceof Paragraph p) {
                caption.addAll(p.content());
            } else {
                rest.add(b);
            }
        }
        out.hoist(new Figure(file.fileName(), session.plainText(file.alt()), caption));
        rest.forEach(out::hoist);
    }

    /**
     * The pipe trick's label: the title without a final parenthesized qualifier ("Paris (France)")
     * and without what follows a comma ("Paris, Texas"). Written out rather than as a pattern
     * tried at every position, which costs the square of the length of a title of many '('.
     */
    static String withoutQualifier(String title) {
        String t = title.stripTrailing();
        if (t.endsWith(")")) {
            int open = t.indexOf('(', t.lastIndexOf(')', t.length() - 2) + 1);
            if (open >= 0 && open < t.length() - 1) {
                t = t.substring(0, open).stripTrailing();
            }
        }
        int comma = t.indexOf(',');
        return comma < 0 ? t : t.substring(0, comma);
    }

    /** The label MediaWiki shows for an unlabelled link; with the pipe trick, without its qualifier. */
    private static String defaultLabel(String target, boolean pipeTrick, Consumer<String> warn) {
        String t = target.replace('_', ' ');
        String prefix = Namespaces.prefixOf(t);
        if (Namespaces.isSister(prefix)) {
            t = t.substring(t.indexOf(':') + 1);
        }
        if (pipeTrick) {
            t = withoutQualifier(t.substring(t.indexOf(':') + 1));
        }
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        // references first: the '#' of "&#45;" is no section mark
        return TitleText.linkLabel(t, warn).replace("#", " § ").trim();
    }
}
