package org.lector.wikitext.templates;

import java.util.List;
import java.util.Set;
import org.lector.document.Inline;

/**
 * Full references: the CS1 family ({@code {{cite book}}}, {@code {{cite web}}}, …), CS2's
 * {@code {{citation}}} and the German {@code {{Literatur}}} / {@code {{Internetquelle}}}. The
 * printed reference stays where the template stands (inside the parser's {@code <ref>} note, or
 * in a bibliography list); its data is recorded for the note's spoken form. The Vancouver-style
 * {@code {{vcite journal}}}, {@code {{vcite book}}}… ({@code {{vcite2 …}}}) take CS1's parameters
 * and are read as the CS1 template of the same kind.
 */
public final class CiteHandler implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("cite book", "cite web", "cite journal", "cite news", "cite magazine", "cite encyclopedia",
                "cite dictionary", "cite thesis", "cite report", "cite conference", "cite av media",
                "cite press release", "cite interview", "cite episode", "cite serial", "cite podcast",
                "cite mailing list", "cite newsgroup", "cite document", "cite speech", "cite map",
                "cite sign", "cite tech report", "citation", "literatur", "internetquelle");
    }

    @Override
    public Set<String> prefixes() {
        return Set.of("vcite ", "vcite2 ");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        if (call.key().startsWith("vcite")) {
            call = new TemplateCall("cite " + call.key().substring(call.key().indexOf(' ') + 1), call.params());
        }
        Cs1Reference reference = Cs1Reader.read(call, context);
        List<Inline> content = Cs1Formatter.format(reference);
        if (content.isEmpty()) {
            context.warn("{{" + call.name() + "}} with nothing printable: dropped");
            return TemplateResult.nothing();
        }
        context.recordCitation(reference.toCitation());
        return TemplateResult.inlines(content);
    }
}
