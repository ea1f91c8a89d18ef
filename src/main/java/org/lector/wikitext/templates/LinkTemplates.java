package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Templates that write a link to an article or one of its sections: {@code {{anl|DREAM Act}}}
 * reads as its label; {@code {{section link|Page|Section}}} and {@code {{slink}}} as "Page § Section".
 */
final class LinkTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("anl", "section link", "slink");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        if (call.key().equals("anl")) {
            return TemplateResult.inlinesOrNothing(context.parseInline(call.arg(1)));
        }
        return TemplateResult.inlines(Inlines.printed(context, 
                String.join(" § ", call.args().stream().filter(a -> !a.isEmpty()).toList())));
    }
}
