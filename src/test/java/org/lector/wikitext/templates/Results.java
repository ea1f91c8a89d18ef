package org.lector.wikitext.templates;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lector.document.Block;
import org.lector.document.Figure;
import org.lector.document.FigureGroup;
import org.lector.document.Formula;
import org.lector.document.Hatnote;
import org.lector.document.Infobox;
import org.lector.document.Inline;
import org.lector.document.ListBlock;
import org.lector.document.Paragraph;
import org.lector.document.Quote;
import org.lector.document.Table;

/** Test helper: everything a reader would see in a template's result, as one string. */
final class Results {
    private Results() {
    }

    static String text(TemplateResult r) {
        if (r instanceof TemplateResult.Inlines i) {
            return Inlines.plain(i.content());
        }
        if (r instanceof TemplateResult.Blocks b) {
            return b.content().stream().map(Results::block).collect(Collectors.joining("\n"));
        }
        return "";
    }

    static String block(Block b) {
        if (b instanceof Paragraph p) {
            return Inlines.plain(p.content());
        } else if (b instanceof Quote q) {
            return q.body().stream().map(Results::block).collect(Collectors.joining("\n"))
                    + (q.source().isEmpty() ? "" : " / " + Inlines.plain(q.source()));
        } else if (b instanceof Hatnote h) {
            return h.lead().isEmpty() ? Inlines.plain(h.content()) : h.lead() + ": " + Inlines.plain(h.content());
        } else if (b instanceof Figure f) {
            return f.fileName() + " [" + f.alt() + "] " + Inlines.plain(f.caption());
        } else if (b instanceof FigureGroup g) {
            return g.figures().stream().map(Results::block).collect(Collectors.joining("\n"))
                    + "\n" + Inlines.plain(g.caption());
        } else if (b instanceof ListBlock l) {
            return l.items().stream().map(i -> labelled(i.term(), i.content())).collect(Collectors.joining("\n"));
        } else if (b instanceof Infobox i) {
            return Stream.concat(Stream.of(Inlines.plain(i.title())).filter(t -> !t.isEmpty()),
                    i.entries().stream().map(e -> labelled(e.label(), e.value()))).collect(Collectors.joining("\n"));
        } else if (b instanceof Table t) {
            return Inlines.plain(t.caption());
        } else if (b instanceof Formula f) {
            return f.tex();
        }
        throw new IllegalStateException("block kind without a test form: " + b.getClass().getSimpleName());
    }

    private static String labelled(List<Inline> label, List<Inline> value) {
        return Inlines.plain(label) + (label.isEmpty() || value.isEmpty() ? "" : ": ") + Inlines.plain(value);
    }
}
