package org.lector.wikitext.templates;

/**
 * The content template families: quotations, figures, hatnotes, language and pronunciation,
 * inline formatting, notation and chemistry, dates, coordinates, flags, numbers,
 * {@code {{convert}}} and {@code {{val}}}, lists (and the boxes that are lists or tables: largest
 * cities, tree charts, bar charts, spaceflight crews), sound files, infoboxes, the small families whose output is a word or two (links,
 * identifiers, table cells, trend arrows…), and the layout templates that deliberately produce
 * nothing. One handler per family.
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
                .register(new PlainHatnotes())
                .register(new LanguageTemplates())
                .register(new EastAsianNames())
                .register(new PronunciationTemplates())
                .register(new WrapperTemplates())
                .register(new TypographyTemplates())
                .register(new NotationTemplates())
                .register(new ChemistryTemplates())
                .register(new DateTemplates())
                .register(new CoordTemplate())
                .register(new FlagTemplates())
                .register(new NumberTemplates())
                .register(new ValTemplate())
                .register(new ConvertTemplate())
                .register(new ListTemplates())
                .register(new LargestCitiesTemplate())
                .register(new TreeChartTemplates())
                .register(new AudioTemplates())
                .register(new BarChartTemplates())
                .register(new SpaceflightCrewTemplate())
                .register(new InfoboxTemplate())
                .register(new BiographyTemplates())
                .register(new LinkTemplates())
                .register(new EnclosedTextTemplates())
                .register(new ExternalLinkTemplates())
                .register(new IdentifierTemplates())
                .register(new ScriptureReferences())
                .register(new ShipTemplates())
                .register(new TableCellTemplates())
                .register(new TrendTemplates())
                .register(new FootballTemplates())
                .register(new InflationTemplates())
                .register(new LayoutTemplates());
    }
}
