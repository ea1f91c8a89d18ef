package org.lector.wikitext.templates;

/** The list of handlers Lector ships; adding a template family is adding a line here. */
final class StandardTemplates {
    private StandardTemplates() {
    }

    static TemplateRegistry register(TemplateRegistry r) {
        CitationTemplates.register(r);
        ContentTemplates.register(r);
        r.register(new EnglishVarietyTemplates());
        r.register(new EncyclopediaAliases(r));
        return r;
    }
}
