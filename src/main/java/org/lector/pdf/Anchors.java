package org.lector.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.lector.script.BlockProse;
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
            citedIn(section.heading());
            for (ScriptBlock block : section.blocks()) {
                if (block instanceof ScriptBlock.Note n) {
                    // a note's own text gets no markers for the notes it mentions (only its own
                    // references count), and in the notes section it is a place a marker can go
                    if (section.role() == SectionRole.NOTES) {
                        noteLabels.add(n.label());
                    }
                    citedBy(n.text().spans());
                } else {
                    citedIn(block);
                }
            }
        }
    }

    /**
     * The notes the texts a block prints cite, parts included, each text with its markers
     * ({@link Typesetter#marked}). A table row's own text is only spoken, so not printed.
     */
    private void citedIn(ScriptBlock block) {
        List<Prose> texts = new ArrayList<>();
        if (block instanceof ScriptBlock.Table t) {
            texts.add(t.text());
            t.rows().forEach(r -> r.cells().forEach(c -> texts.add(c.text())));
        } else {
            texts.addAll(BlockProse.of(block));
        }
        for (Prose text : texts) {
            citedBy(Typesetter.marked(text));
        }
    }

    private void citedBy(List<Span> spans) {
        for (Span s : spans) {
            if (s.kind() == SpanKind.NOTEREF) {
                cited.add(s.value());
            }
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
