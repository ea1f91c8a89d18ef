package org.lector.wikitext.templates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.lector.document.Hatnote;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Text;

/**
 * Hatnotes whose pages are listed as written, each a link, joined with ", ": {@code {{see|A|B}}}
 * ("See: A, B") and Malayalam Wikipedia's {@code {{Main}}} ({@code {{പ്രധാനലേഖനം}}},
 * "പ്രധാന ലേഖനം": main article).
 */
final class PlainHatnotes implements TemplateHandler {
    private static final Set<String> MALAYALAM_MAIN = Set.of("പ്രധാനലേഖനം", "പ്രലേ", "പ്രധാന ലേഖനം");

    @Override
    public Set<String> names() {
        Set<String> names = new HashSet<>(MALAYALAM_MAIN);
        names.add("see");
        return names;
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        boolean see = call.key().equals("see");
        return TemplateResult.block(new Hatnote(see ? Hatnote.Kind.SEE_ALSO : Hatnote.Kind.MAIN,
                see ? "See" : "പ്രധാന ലേഖനം", links(call)));
    }

    private static List<Inline> links(TemplateCall call) {
        List<List<Inline>> pages = call.args().stream().filter(target -> !target.isEmpty())
                .map(target -> List.<Inline>of(new Link(target, false, List.of(new Text(target)))))
                .toList();
        return Inlines.join(pages, ", ");
    }
}
