package org.lector.wikitext;

import java.util.ArrayList;
import java.util.List;
import org.lector.document.Block;
import org.lector.document.Code;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.LangSpan;
import org.lector.document.Subscript;
import org.lector.document.Superscript;
import org.lector.document.Text;

/**
 * Collects inline content with open containers (emphasis, language spans, raised and lowered
 * text, code), and blocks that must be hoisted out of the running text (an image or a quote box
 * written mid-paragraph). The result is a sequence of runs of inlines separated by blocks.
 */
final class InlineBuilder {

    /** What an open container becomes when it closes. */
    enum Container { ITALIC, BOLD, LANG, SUPERSCRIPT, SUBSCRIPT, CODE }

    private static final class Open {
        final Container kind;
        final String lang;
        final List<Inline> children = new ArrayList<>();

        Open(Container kind, String lang) {
            this.kind = kind;
            this.lang = lang;
        }

        Inline close() {
            return switch (kind) {
                case ITALIC -> new Emphasis(Emphasis.Style.ITALIC, children);
                case BOLD -> new Emphasis(Emphasis.Style.BOLD, children);
                case LANG -> new LangSpan(lang, children);
                case SUPERSCRIPT -> new Superscript(children);
                case SUBSCRIPT -> new Subscript(children);
                case CODE -> new Code(children);
            };
        }

        Open reopen() {
            return new Open(kind, lang);
        }
    }

    private final List<InlinePiece> pieces = new ArrayList<>();
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

    boolean isOpen(Container kind) {
        return open.stream().anyMatch(o -> o.kind == kind);
    }

    /** Opens or closes a container, as an apostrophe run does. */
    void toggle(Container kind) {
        if (isOpen(kind)) {
            close(kind);
        } else {
            open(kind);
        }
    }

    /**
     * Containers open at once beyond which no more open: real text nests a handful, and each close
     * costs the number of containers open inside the one it closes (they are reopened after it).
     */
    static final int MAX_OPEN = 32;

    /** Opens a container other than a language span (see {@link #openLang}); false at {@link #MAX_OPEN}. */
    boolean open(Container kind) {
        return open(new Open(kind, null));
    }

    /** Opens a language span; false at {@link #MAX_OPEN}. */
    boolean openLang(String lang) {
        return open(new Open(Container.LANG, lang));
    }

    private boolean open(Open container) {
        flushText();
        if (open.size() >= MAX_OPEN) {
            return false;
        }
        open.add(container);
        return true;
    }

    /** Closes the innermost container of that kind; containers opened inside it are reopened after. */
    void close(Container kind) {
        flushText();
        int idx = -1;
        for (int k = open.size() - 1; k >= 0; k--) {
            if (open.get(k).kind == kind) {
                idx = k;
                break;
            }
        }
        if (idx < 0) {
            return;
        }
        List<Open> reopen = new ArrayList<>();
        for (int k = idx + 1; k < open.size(); k++) {
            reopen.add(open.get(k).reopen());
        }
        while (open.size() > idx) {
            Open o = open.remove(open.size() - 1);
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

    /** Ends the current run of inlines, adds a block, and goes on with the same containers open. */
    void hoist(Block block) {
        flushText();
        List<Open> containers = new ArrayList<>();
        for (Open o : open) {
            containers.add(o.reopen());
        }
        closeAll();
        endRun();
        pieces.add(new InlinePiece.Hoisted(block));
        open.addAll(containers);
    }

    /** Runs of inlines and hoisted blocks, in order. */
    List<InlinePiece> finish() {
        closeAll();
        endRun();
        return pieces;
    }

    private void endRun() {
        if (!root.isEmpty()) {
            pieces.add(new InlinePiece.Run(root));
            root.clear();
        }
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
