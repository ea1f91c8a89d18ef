package org.lector.wikitext.templates;

import java.util.Set;

/**
 * Identifiers of publications and documents, printed with their scheme as the page shows them:
 * {@code {{ISBN|…}}} "ISBN …", {@code {{OCLC}}}, {@code {{ISSN}}} (several numbers joined with
 * ", "), {@code {{doi|10.1000/x}}} "doi:10.1000/x", {@code {{Executive Order|13769}}}.
 */
final class IdentifierTemplates implements TemplateHandler {

    @Override
    public Set<String> names() {
        return Set.of("isbn", "oclc", "issn", "doi", "executive order");
    }

    @Override
    public TemplateResult handle(TemplateCall call, TemplateContext context) {
        String identifier = switch (call.key()) {
            case "isbn" -> "ISBN " + String.join(", ", call.args());
            case "oclc" -> "OCLC " + String.join(", ", call.args());
            case "issn" -> "ISSN " + String.join(", ", call.args());
            case "doi" -> "doi:" + call.arg(1);
            default -> "Executive Order " + call.arg(1);
        };
        return TemplateResult.inlines(Inlines.printed(context, identifier));
    }
}
