package org.lector.wikitext.templates;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lector.document.Note;
import org.lector.document.NoteRef;

/**
 * Explanatory notes: {@code {{efn}}} and its group variants, {@code {{notetag}}} and
 * {@code {{refn}}}. The text is wikitext (it may itself cite with {@code {{sfn}}}); a
 * {@code name=} makes it reusable like a named ref.
 */
public final class EfnHandler implements TemplateHandler {
    // Wikipedia's group names, which the notes list and the labels ("a", "i", "A") key on.
    private static final Map<String, String> GROUPS = Map.of(
            "efn", "lower-alpha",
            "notetag", "lower-alpha",
            "efn-la", "lower-alpha",
            "efn-lr", "lower-roman",
            "efn-ua", "upper-alpha",
            "efn-ur", "upper-roman",
            "efn-lg", "lower-greek",
            "refn", "");

    @Override
    public Set<String> names() {
        return GROUPS.keySet();
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String group = GROUPS.getOrDefault(call.key(), "lower-alpha");
        // Only refn takes a group; efn variants fix theirs in the template name.
        if (call.key().equals("refn") && call.get("group") != null) {
            group = call.get("group");
        }
        String text = call.first("1", "text");
        String name = call.getOrEmpty("name");
        if (text.isEmpty() && name.isEmpty()) {
            context.warn("{{" + call.name() + "}} without text: dropped");
            return TemplateResult.nothing();
        }
        TemplateContext.NoteContent note = text.isEmpty()
                ? new TemplateContext.NoteContent(List.of(), List.of()) : context.parseNote(text);
        String mergeKey = name.isEmpty() ? null : "name:" + name;
        if (!text.isEmpty() && Inlines.isBlank(note.content())) {
            context.warn("{{" + call.name() + "}} with no readable text: left out");
            return TemplateResult.nothing();
        }
        NoteRef ref = context.addNote(Note.Kind.EXPLANATORY, group, mergeKey, note.content(), note.citations());
        return TemplateResult.inline(ref);
    }
}
