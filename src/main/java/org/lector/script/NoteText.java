package org.lector.script;

import java.util.List;
import org.lector.document.Citation;

/**
 * A note as attached to a script item: its label ("12", "a"), group, print text, and the
 * structured sources it cites (for phrasing a spoken form from data).
 */
public record NoteText(String label, String group, String text, List<Citation> sources) {
    public NoteText {
        sources = List.copyOf(sources);
    }
}
