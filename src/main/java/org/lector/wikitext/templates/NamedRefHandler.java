package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.NoteRef;

/**
 * {@code {{r|Smith2001|Jones}}}, Wikipedia's short form of {@code <ref name="Smith2001"/><ref
 * name="Jones"/>}: each name cites the footnote defined under it anywhere in the article
 * ({@code group=} for a group of notes). Page numbers given with it ({@code p=}, {@code pp=}) are
 * set as a superscript beside the mark on Wikipedia and left out here, as {@code {{rp}}} is.
 */
final class NamedRefHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("r");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String group = call.first("group", "g");
        List<Inline> out = new ArrayList<>();
        for (String name : call.args()) {
            if (name.isEmpty()) {
                continue;
            }
            NoteRef ref = context.namedNote(group, name);
            if (ref != null && !out.contains(ref)) {
                out.add(ref);
            }
        }
        return TemplateResult.inlinesOrNothing(out);
    }
}
