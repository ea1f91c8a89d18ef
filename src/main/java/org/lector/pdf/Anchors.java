package org.lector.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.script.Prose;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * The places inside this document a link can go: each note of the notes section (by label), the
 * first marker that cites it (for the way back), and each heading (by its text, for links and
 * hatnotes that point to a section of this same article). Known before layout, so a link is only
 * made where its target will exist.
 */
final class Anchors {
    private final Set<String> noteLabels = new HashSet<>();
    private final Set<String> headings = new HashSet<>();
    private final Set<String> cited = new HashSet<>();
    private final String title;

    Anchors(ReadingScript script) {
        title = normal(script.title() == null ? "" : script.title());
        for (Section section : script.sections()) {
            headings.add(normal(section.heading().text().text()));
            Printed printed = new Printed(section.role() == SectionRole.NOTES);
            List<Prose> texts = new ArrayList<>(section.heading().accept(printed));
            for (ScriptBlock block : section.blocks()) {
                texts.addAll(block.accept(printed));
            }
            for (Prose text : texts) {
                citedBy(Typesetter.marked(text));
            }
        }
    }

    private void citedBy(List<Span> spans) {
        for (Span s : spans) {
            if (s.kind() == SpanKind.NOTEREF) {
                cited.add(s.value());
            }
        }
    }

    /**
     * The texts a block prints that may cite notes, parts included. A note's own text is not
     * listed: it gets no markers for the notes it mentions (only its own references count), and
     * in the notes section it is a place a marker can go.
     */
    private final class Printed implements ScriptBlock.Visitor<List<Prose>> {
        private final boolean notesSection;

        Printed(boolean notesSection) {
            this.notesSection = notesSection;
        }

        public List<Prose> heading(ScriptBlock.Heading h) {
            return List.of(h.text());
        }

        public List<Prose> paragraph(ScriptBlock.Paragraph p) {
            return List.of(p.text());
        }

        public List<Prose> quote(ScriptBlock.Quote q) {
            return List.of(q.text(), q.source());
        }

        public List<Prose> figure(ScriptBlock.Figure f) {
            return List.of(f.text());
        }

        public List<Prose> figureGroup(ScriptBlock.FigureGroup g) {
            List<Prose> out = new ArrayList<>(List.of(g.text()));
            g.figures().forEach(f -> out.add(f.text()));
            return out;
        }

        public List<Prose> list(ScriptBlock.ListBlock l) {
            return l.items().stream().map(ScriptBlock.ListItem::text).toList();
        }

        public List<Prose> table(ScriptBlock.Table t) {
            List<Prose> out = new ArrayList<>(List.of(t.text()));
            t.rows().forEach(r -> r.cells().forEach(c -> out.add(c.text())));
            return out;
        }

        public List<Prose> hatnote(ScriptBlock.Hatnote h) {
            return List.of(h.text());
        }

        public List<Prose> infobox(ScriptBlock.Infobox i) {
            List<Prose> out = new ArrayList<>(List.of(i.text()));
            i.entries().forEach(e -> out.add(e.text()));
            return out;
        }

        public List<Prose> formula(ScriptBlock.Formula f) {
            return List.of(f.text());
        }

        public List<Prose> note(ScriptBlock.Note n) {
            if (notesSection) {
                noteLabels.add(n.label());
            }
            citedBy(n.text().spans());
            return List.of();
        }
    }

    static String note(String label) {
        return "note:" + label;
    }

    static String noteRef(String label) {
        return "ref:" + label;
    }

    static String heading(String text) {
        return "h:" + normal(text);
    }

    /** Whether some marker in the text cites this note (so its label can link back). */
    boolean isCited(String label) {
        return cited.contains(label) && noteLabels.contains(label);
    }

    /** The anchor of a note marker's target, or null when the note is not in this document. */
    String forNote(String label) {
        return noteLabels.contains(label) ? note(label) : null;
    }

    /**
     * The anchor of a link's target, or null when it is not in this document. Only section links
     * ("#Famine", "Joseph Stalin#Famine" inside the article Joseph Stalin) count: a plain
     * "Famine" names another article, even when this one has a section of that name.
     */
    String forLink(String target) {
        if (target == null) {
            return null;
        }
        int hash = target.indexOf('#');
        if (hash < 0) {
            return null;
        }
        String page = normal(target.substring(0, hash));
        String key = normal(target.substring(hash + 1));
        return (page.isEmpty() || page.equals(title)) && headings.contains(key) ? "h:" + key : null;
    }

    private static String normal(String s) {
        return s.replace('_', ' ').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
