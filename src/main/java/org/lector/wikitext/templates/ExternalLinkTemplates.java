package org.lector.wikitext.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lector.document.Inline;
import org.lector.document.Text;

/**
 * Links out of the wiki: {@code {{URL|example.org|label}}} and {@code {{Official website}}}
 * become external links read by their label (the address is a target, never read);
 * {@code {{YouTube|id=…|title=…}}} reads as the template shows it, "Title on YouTube" (a channel:
 * "Name's channel on YouTube"; no title: "Video on YouTube"), {@code {{Google
 * books|id|title}}} as the book's title.
 */
final class ExternalLinkTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("url", "official website", "youtube", "google books");
    }

    private static TemplateResult youTube(TemplateCall call, TemplateContext context) {
        String title = call.first("title", "2");
        String channel = call.first("user", "channel", "c", "u", "cu");
        String shown = !title.isEmpty() ? title : !channel.isEmpty() ? channel + "'s channel" : "Video";
        List<Inline> out = new ArrayList<>(context.parseInline(shown));
        out.add(new Text(" on YouTube"));
        return TemplateResult.inlines(out);
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        return switch (call.key()) {
            case "url" -> TemplateResult.inlinesOrNothing(Inlines.externalLink(call.arg(1),
                    call.arg(2).isEmpty() ? call.arg(1) : call.arg(2)));
            case "official website" -> TemplateResult.inlinesOrNothing(Inlines.externalLink(call.first("1", "url"),
                    call.first("name", "2").isEmpty() ? "Official website" : call.first("name", "2")));
            case "youtube" -> youTube(call, context);
            default -> TemplateResult.inlinesOrNothing(context.parseInline(call.first("2", "title", "text")));
        };
    }
}
