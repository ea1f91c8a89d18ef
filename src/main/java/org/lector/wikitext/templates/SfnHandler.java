package org.lector.wikitext.templates;

import java.util.List;
import java.util.Set;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.Text;

/**
 * {@code {{sfn}}} and {@code {{sfnp}}}: a shortened footnote. The note is added here (the
 * template is its own {@code <ref>}); identical short citations share one note, as on Wikipedia,
 * because they get the same merge key.
 */
public final class SfnHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("sfn", "sfnp", "shortened footnote template");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        ShortCitation c = ShortCitationReader.read(call, context);
        if (c.authors().isEmpty() && c.year().isEmpty()) {
            context.warn("{{" + call.name() + "}} without author or year: dropped");
            return TemplateResult.nothing();
        }
        ShortCitationFormatter.Style style = call.key().equals("sfnp")
                ? ShortCitationFormatter.SFNP : ShortCitationFormatter.SFN;
        String ps = ShortCitationReader.postscript(call, context, "postscript", "ps", ".");
        String print = ShortCitationFormatter.format(c, style, ps);
        NoteRef ref = context.addNote(Note.Kind.CITATION, "", mergeKey(c), List.of(new Text(print)),
                List.of(c.toCitation()));
        return TemplateResult.inline(ref);
    }

    /**
     * Module:Footnotes names the ref "FOOTNOTE" + authors + year + locations; using the same name
     * (behind the "name:" prefix named refs use) lets a hand-written
     * {@code <ref name="FOOTNOTEKotkin2014426"/>} reuse the note, as it does on Wikipedia.
     */
    static String mergeKey(ShortCitation c) {
        return "name:FOOTNOTE" + c.keyParts().replaceAll("\\s+", " ");
    }
}
