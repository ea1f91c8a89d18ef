package org.lector.wikitext.templates;

/**
 * Registers every citation and footnote handler: short citations, CS1 references, bundled
 * citations, note templates, hand-numbered notes, and templates that stand for one standard work.
 */
public final class CitationTemplates {
    private CitationTemplates() {
    }

    public static TemplateRegistry register(TemplateRegistry registry) {
        return registry
                .register(new SfnHandler())
                .register(new SfnmHandler())
                .register(new HarvHandler())
                .register(new HarvsHandler())
                .register(new CiteHandler())
                .register(new MultirefHandler())
                .register(new EfnHandler())
                .register(new RpHandler())
                .register(new NotelistHandler())
                .register(new NamedRefHandler())
                .register(new HandNumberedNotes())
                .register(new StandardReferences());
    }
}
