package org.lector.pdf;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.lector.script.ReadingScript;
import org.lector.script.Role;
import org.lector.script.ScriptItem;
import org.lector.script.Span;

/**
 * The places inside this document a link can go: each note (by label), the first marker that
 * cites it (for the way back), and each heading (by its text, for links and hatnotes that point
 * to a section of this same article). Known before layout, so a link is only made where its
 * target will exist.
 */
final class Anchors {
    private final Set<String> noteLabels = new HashSet<>();
    private final Set<String> headings = new HashSet<>();
    private final Set<String> cited = new HashSet<>();
    private final String title;

    Anchors(ReadingScript script) {
        title = normal(script.title() == null ? "" : script.title());
        for (ScriptItem item : script.items()) {
            if (item.role() == Role.NOTE && item.attributes().containsKey("label")) {
                noteLabels.add(item.attributes().get("label"));
            } else if (item.role() == Role.HEADING || item.role() == Role.TITLE) {
                headings.add(normal(item.text()));
            }
            for (Span s : Typesetter.spansWithEveryNote(item)) {
                if (s.type().equals("noteref")) {
                    cited.add(s.value());
                }
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
