package org.lector.wikitext.templates;

/**
 * The content template families: quotations, figures, hatnotes, language and pronunciation,
 * inline formatting and notation, dates, coordinates, flags, numbers, {@code {{convert}}}, lists,
 * infoboxes, and the layout templates that deliberately produce nothing. One handler per family.
 */
public final class ContentTemplates {
    private ContentTemplates() {
    }

    public static TemplateRegistry register(TemplateRegistry registry) {
        return registry
                .register(new QuoteTemplates())
                .register(new FigureTemplates())
                .register(new HatnoteTemplates())
                .register(new DisambiguationHatnotes())
                .register(new LanguageTemplates())
                .register(new PronunciationTemplates())
                .register(new WrapperTemplates())
                .register(new TypographyTemplates())
                .register(new NotationTemplates())
                .register(new DateTemplates())
                .register(new CoordTemplate())
                .register(new FlagTemplates())
                .register(new NumberTemplates())
                .register(new ConvertTemplate())
                .register(new ListTemplates())
                .register(new InfoboxTemplate())
                .register(new LayoutTemplates());
    }
}
