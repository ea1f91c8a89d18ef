package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Block;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.Text;

/**
 * Collects inline content with open emphasis and language spans, and blocks that must be hoisted
 * out of the running text (an image or a quote box written mid-paragraph). The result is a
 * sequence of runs of inlines separated by blocks.
 */
final class InlineBuilder {

    /** An open container: italic, bold, or a language span. */
    private static final class Open {
        final Emphasis.Style style;
        final String lang;
        final List<Inline> children = new ArrayList<>();

        Open(Emphasis.Style style, String lang) {
            this.style = style;
            this.lang = lang;
        }

        Inline close() {
            return style != null ? new Emphasis(style, children) : new LangSpan(lang, children);
        }

        Open reopen() {
            return new Open(style, lang);
        }
    }

    private final List<Object> pieces = new ArrayList<>();
    private final List<Inline> root = new ArrayList<>();
    private final List<Open> open = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    void text(String s) {
        text.append(s);
    }

    void inline(Inline inline) {
        flushText();
        current().add(inline);
    }

    void inlines(List<Inline> inlines) {
        flushText();
        current().addAll(inlines);
    }

    boolean isOpen(Emphasis.Style style) {
        return open.stream().anyMatch(o -> o.style == style);
    }

    /** Opens or closes a style, as an apostrophe run or an {@code <i>}/{@code <b>} tag does. */
    void toggle(Emphasis.Style style) {
        if (isOpen(style)) {
            close(style, null);
        } else {
            openStyle(style, null);
        }
    }

    void openStyle(Emphasis.Style style, String lang) {
        flushText();
        open.add(new Open(style, lang));
    }

    /** Closes the innermost container of that style (or language span); containers opened inside it are reopened after. */
    void close(Emphasis.Style style, String anyLang) {
        flushText();
        int idx = -1;
        for (int k = open.size() - 1; k >= 0; k--) {
            Open o = open.get(k);
            if (style != null ? o.style == style : o.style == null) {
                idx = k;
                break;
            }
        }
        if (idx < 0) {
            return;
        }
        List<Open> reopen = new ArrayList<>();
        while (open.size() > idx) {
            Open o = open.remove(open.size() - 1);
            if (open.size() > idx) {
                reopen.add(0, o.reopen());
            }
            current().add(o.close());
        }
        open.addAll(reopen);
    }

    /** Closes everything still open, as MediaWiki does at the end of a line. */
    void closeAll() {
        flushText();
        while (!open.isEmpty()) {
            Open o = open.remove(open.size() - 1);
            current().add(o.close());
        }
    }

    /** Ends the current run of inlines, adds a block, and goes on with the same styles open. */
    void hoist(Block block) {
        flushText();
        List<Open> styles = new ArrayList<>();
        for (Open o : open) {
            styles.add(o.reopen());
        }
        closeAll();
        if (!root.isEmpty()) {
            pieces.add(List.copyOf(root));
            root.clear();
        }
        pieces.add(block);
        open.addAll(styles);
    }

    /** Runs of inlines ({@code List<Inline>}) and hoisted blocks ({@link Block}), in order. */
    List<Object> finish() {
        closeAll();
        if (!root.isEmpty()) {
            pieces.add(List.copyOf(root));
            root.clear();
        }
        return pieces;
    }

    private List<Inline> current() {
        return open.isEmpty() ? root : open.get(open.size() - 1).children;
    }

    private void flushText() {
        if (text.length() > 0) {
            current().add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
