package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Links out of the wiki: {@code {{URL|example.org|label}}} and {@code {{Official website}}}
 * become external links read by their label (the address is a target, never read);
 * {@code {{YouTube|title=…}}} reads as the video's title with "(YouTube)", {@code {{Google
 * books|id|title}}} as the book's title.
 */
final class ExternalLinkTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("url", "official website", "youtube", "google books");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "url" -> TemplateResult.inlinesOrNothing(Inlines.externalLink(call.arg(1),
                    call.arg(2).isEmpty() ? call.arg(1) : call.arg(2)));
            case "official website" -> TemplateResult.inlinesOrNothing(Inlines.externalLink(call.first("1", "url"),
                    call.first("name", "2").isEmpty() ? "Official website" : call.first("name", "2")));
            case "youtube" -> TemplateResult.inlines(Inlines.printed(context, (call.first("title", "2") + " (YouTube)").trim()));
            default -> TemplateResult.inlinesOrNothing(context.parseInline(call.first("2", "title", "text")));
        };
    }
}
