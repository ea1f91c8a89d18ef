package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Citation;
import org.lector.document.Note;
import org.lector.document.NoteRef;
import org.lector.document.Text;

/**
 * {@code {{sfnm}}} and {@code {{sfnmp}}}: one footnote citing several sources. Each source n is
 * given either by named parameters (na1…na4, ny, np, npp, nloc, nps) or, as Module:Footnotes
 * also allows, by a positional author–year pair ({@code {{sfnm|Smith|2001|Jones|2002}}}).
 */
public final class SfnmHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("sfnm", "sfnmp");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        List<ShortCitation> sources = new ArrayList<>();
        List<String> postscripts = new ArrayList<>();
        int nextPositional = 1;
        for (int n = 1; ; n++) {
            String prefix = Integer.toString(n);
            ShortCitation source;
            if (call.get(prefix + "a1") != null) {
                source = named(call, context, prefix);
            } else if (call.get(Integer.toString(nextPositional)) != null) {
                // A positional source has one author and a year; its locations are still named.
                String author = ShortCitationReader.plain(context, call.arg(nextPositional));
                String year = ShortCitationReader.plain(context, call.arg(nextPositional + 1));
                nextPositional += 2;
                source = new ShortCitation(author.isEmpty() ? List.of() : List.of(author), year,
                        loc(call, context, prefix, "p"), loc(call, context, prefix, "pp"),
                        loc(call, context, prefix, "loc"));
            } else {
                break;
            }
            sources.add(source);
            postscripts.add(ShortCitationReader.postscript(call, context, prefix + "ps", null, ""));
        }
        if (sources.isEmpty()) {
            context.warn("{{" + call.name() + "}} without sources: dropped");
            return TemplateResult.nothing();
        }
        ShortCitationFormatter.Style style = call.key().equals("sfnmp")
                ? ShortCitationFormatter.SFNP : ShortCitationFormatter.SFN;
        String end = ShortCitationReader.postscript(call, context, "postscript", "ps", ".");
        String print = ShortCitationFormatter.formatMany(sources, postscripts, style, end);

        List<Citation> citations = new ArrayList<>();
        StringBuilder key = new StringBuilder("name:FOOTNOTE");
        for (ShortCitation s : sources) {
            citations.add(s.toCitation());
            key.append(s.keyParts());
        }
        NoteRef ref = context.addNote(Note.Kind.CITATION, "", key.toString().replaceAll("\\s+", " "),
                List.of(new Text(print)), citations);
        return TemplateResult.inline(ref);
    }

    /** Authors na1…na4 up to the first missing one, then the year ny, as the module reads them. */
    private static ShortCitation named(TemplateCall call, TemplateContext context, String n) {
        List<String> authors = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            String a = ShortCitationReader.plain(context, call.get(n + "a" + i));
            if (a.isEmpty()) {
                break;
            }
            authors.add(a);
        }
        return new ShortCitation(authors, ShortCitationReader.plain(context, call.get(n + "y")),
                loc(call, context, n, "p"), loc(call, context, n, "pp"), loc(call, context, n, "loc"));
    }

    private static String loc(TemplateCall call, TemplateContext context, String n, String kind) {
        return ShortCitationReader.plain(context, call.get(n + kind));
    }
}
