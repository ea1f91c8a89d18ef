package org.lector.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.wikitext.WikitextParser;

class ScriptBuilderTest {

    private static ReadingScript script(String wikitext) {
        return new ScriptBuilder().build(new WikitextParser().parse("Sample", "en", wikitext));
    }

    private static <T extends ScriptBlock> List<T> blocks(ReadingScript s, Class<T> kind) {
        return s.blocks().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    private static List<String> sentenceTexts(Prose p) {
        return p.sentences().stream().map(p::text).toList();
    }

    private static List<String> ids(Chapter c) {
        List<String> out = new ArrayList<>();
        for (Section s : c.sections()) {
            out.add(s.heading().id());
            s.blocks().forEach(b -> out.add(b.id()));
        }
        return out;
    }

    @Test
    void idsNameSectionAndKind() {
        ReadingScript s = script("Lead one.\n\nLead two.\n== A ==\nText.\n=== B ===\n* x\n* y");
        assertThat(s.blocks()).extracting(ScriptBlock::id)
                .containsExactly("t", "s0.p1", "s0.p2", "s1.h", "s1.p1", "s2.h", "s2.l1");
        assertThat(blocks(s, ScriptBlock.ListBlock.class).get(0).items()).extracting(ScriptBlock.ListItem::id)
                .containsExactly("s2.l1.i1", "s2.l1.i2");
    }

    @Test
    void everyTextIsSplitIntoSentencesWithIdsOnceForEveryBackend() {
        ReadingScript s = script("Stalin met J. Arch Getty in 1990. See Conquest 1991, p.&nbsp;104. "
                + "The U.S. army arrived! The U.S. Senate met H. E. Ross. Did it?\n== A ==\nOne sentence only");
        ScriptBlock.Paragraph p = blocks(s, ScriptBlock.Paragraph.class).get(0);
        assertThat(sentenceTexts(p.text())).containsExactly("Stalin met J. Arch Getty in 1990.",
                "See Conquest 1991, p.\u00a0104.", "The U.S. army arrived!", "The U.S. Senate met H. E. Ross.", "Did it?");
        assertThat(p.text().sentences()).extracting(Sentence::id)
                .containsExactly("s0.p1.1", "s0.p1.2", "s0.p1.3", "s0.p1.4", "s0.p1.5");
        assertThat(s.sections().get(1).heading().text().sentences()).extracting(Sentence::id).containsExactly("s1.h.1");
    }

    @Test
    void aNoteMarkerAfterAFullStopBelongsToTheSentenceItEnds() {
        ReadingScript s = script("First claim.<ref>Source one.</ref> Second claim.<ref>Source two.</ref>");
        Prose p = blocks(s, ScriptBlock.Paragraph.class).get(0).text();
        assertThat(p.spans(p.sentences().get(0))).containsExactly(new Span(SpanKind.NOTEREF, 12, 12, "1"));
        assertThat(p.spans(p.sentences().get(1))).containsExactly(new Span(SpanKind.NOTEREF, 13, 13, "2"));
    }

    @Test
    void superscriptsAndSubscriptsKeepTheirLevel() {
        ReadingScript s = script("About 10<sup>15</sup> tonnes of H<sub>2</sub>O over 5 km<sup>2</sup>; <sup>16</sup>O is stable.");
        Prose p = blocks(s, ScriptBlock.Paragraph.class).get(0).text();
        assertThat(p.text()).isEqualTo("About 1015 tonnes of H2O over 5 km2; 16O is stable.");
        assertThat(p.spans()).containsExactly(
                new Span(SpanKind.SUPERSCRIPT, 8, 10, null),
                new Span(SpanKind.SUBSCRIPT, 22, 23, null),
                new Span(SpanKind.SUPERSCRIPT, 34, 35, null),
                new Span(SpanKind.SUPERSCRIPT, 37, 39, null));
    }

    @Test
    void sectionsWithNothingToReadAreLeftOutAndBackMatterIsRecognised() {
        ReadingScript s = script("Text.\n== References ==\n{{reflist}}\n== See also ==\n* [[Braille]]\n"
                + "== External links ==\n* [http://example.org Site]\n=== Archives ===\n* [http://example.org/a Archive]");
        assertThat(s.sections()).extracting(Section::role).containsExactly(
                SectionRole.LEAD, SectionRole.SEE_ALSO, SectionRole.EXTERNAL_LINKS, SectionRole.EXTERNAL_LINKS);
        assertThat(s.chapters()).extracting(Chapter::role)
                .containsExactly(SectionRole.LEAD, SectionRole.SEE_ALSO, SectionRole.EXTERNAL_LINKS);
    }

    @Test
    void backMatterHeadingsAreRecognisedInTheirCommonFormsAndCombinations() {
        assertThat(List.of("See also", "Related articles", "Notes", "Footnotes", "Citations", "Sources", "Works cited",
                "Bibliography", "Notes and references", "Notes & sources", "References and notes", "General references",
                "Further reading", "Further reading and external links", "External links", "External link.",
                "Siehe auch", "Literatur", "Weblinks", "Einzelnachweise", "Literatur und Weblinks", "Anmerkungen",
                "History", "Notes on spelling", "Sources of law"))
                .extracting(SectionRoles::byHeading).containsExactly(
                        SectionRole.SEE_ALSO, SectionRole.SEE_ALSO, SectionRole.REFERENCES, SectionRole.REFERENCES,
                        SectionRole.REFERENCES, SectionRole.REFERENCES, SectionRole.REFERENCES, SectionRole.REFERENCES,
                        SectionRole.REFERENCES, SectionRole.REFERENCES, SectionRole.REFERENCES, SectionRole.REFERENCES,
                        SectionRole.FURTHER_READING, SectionRole.FURTHER_READING, SectionRole.EXTERNAL_LINKS,
                        SectionRole.EXTERNAL_LINKS, SectionRole.SEE_ALSO, SectionRole.FURTHER_READING,
                        SectionRole.EXTERNAL_LINKS, SectionRole.REFERENCES, SectionRole.FURTHER_READING,
                        SectionRole.REFERENCES, SectionRole.BODY, SectionRole.BODY, SectionRole.BODY);
    }

    @Test
    void aBackMatterHeadingInsideTheBodyIsBody() {
        // Jesus: "Sources" under "Historical views" discusses the historical sources
        ReadingScript s = script("Lead.\n== Historical views ==\nx.\n=== Sources ===\nThe gospels.\n=== Chronology ===\ny.\n"
                + "== References ==\n=== Sources ===\n* Book.");
        assertThat(s.sections()).extracting(sec -> sec.heading().text().text() + ":" + sec.role()).containsExactly(
                "Sample:LEAD", "Historical views:BODY", "Sources:BODY", "Chronology:BODY",
                "References:REFERENCES", "Sources:REFERENCES");
    }

    @Test
    void aBibliographyBeforeSeeAlsoIsTheSubjectsWorks() {
        // Barack Obama: "Bibliography" (his books) before "See also", the works cited under "References"
        ReadingScript s = script("Lead.\n== Life ==\nx.\n== Bibliography ==\n* Dreams from My Father\n"
                + "== See also ==\n* [[A]]\n== References ==\n=== Bibliography ===\n* Cited book.\n"
                + "== Bibliography ==\n* Another.");
        assertThat(s.sections()).extracting(Section::role).containsExactly(SectionRole.LEAD, SectionRole.BODY,
                SectionRole.BODY, SectionRole.SEE_ALSO, SectionRole.REFERENCES, SectionRole.REFERENCES,
                SectionRole.REFERENCES);
    }

    @Test
    void eachTopLevelBackMatterSectionIsAChapterWithItsSubsectionsInside() {
        // a body wrapped in one heading is split one level down; back matter beside it does not undo that
        ReadingScript s = script("Lead.<ref>A.</ref>\n== Story ==\n=== One ===\nx.\n=== Two ===\ny.\n"
                + "== See also ==\n* [[A]]\n== References ==\n=== Books ===\n* B.\n=== Articles ===\n* C.\n"
                + "== External links ==\n* [http://example.org Site]");
        assertThat(s.chapters()).extracting(Chapter::title)
                .containsExactly("Sample", "One", "Two", "See also", "References", "External links", "Notes");
        assertThat(s.chapters()).extracting(Chapter::role).containsExactly(SectionRole.LEAD, SectionRole.BODY,
                SectionRole.BODY, SectionRole.SEE_ALSO, SectionRole.REFERENCES, SectionRole.EXTERNAL_LINKS,
                SectionRole.NOTES);
        assertThat(s.chapters().get(4).sections()).extracting(sec -> sec.heading().text().text())
                .containsExactly("References", "Books", "Articles");
    }

    @Test
    void titleAndLeadThenOneChapterPerTopSectionWithItsSubsectionsThenNotes() {
        ReadingScript s = script("Louis Braille was a French educator.<ref>Mellor 2006.</ref>\n== Early life ==\n"
                + "He was born in Coupvray.\n=== Accident ===\nHe injured an eye.\n== Legacy ==\nBraille is used worldwide.");
        assertThat(s.chapters()).extracting(Chapter::title).containsExactly("Sample", "Early life", "Legacy", "Notes");
        assertThat(s.chapters()).extracting(Chapter::number).containsExactly(1, 2, 3, 4);
        assertThat(s.chapters()).extracting(Chapter::role).containsExactly(
                SectionRole.LEAD, SectionRole.BODY, SectionRole.BODY, SectionRole.NOTES);
        assertThat(ids(s.chapters().get(0))).containsExactly("t", "s0.p1");
        assertThat(ids(s.chapters().get(1))).containsExactly("s1.h", "s1.p1", "s2.h", "s2.p1");
        assertThat(s.chapters().get(1).announced()).isEqualTo("s1.h");
        assertThat(ids(s.chapters().get(3))).containsExactly("notes.h", "notes.1");
    }

    @Test
    void aLevelHoldingASingleSectionWrapsTheBodyAndTheLevelBelowGivesTheChapters() {
        // the seed's shape: one level-2 heading with a hatnote, the periods at level 3
        ReadingScript s = script("== Consolidation of power ==\n{{Main|Rise to power}}\n=== Succeeding Lenin ===\n"
                + "Lenin died.\n=== Collectivisation ===\n==== Economic policy ====\nGrain.");
        assertThat(s.chapters()).extracting(Chapter::title)
                .containsExactly("Sample", "Succeeding Lenin", "Collectivisation");
        // the wrapping heading and its hatnote open the chapter they introduce, announced by its own heading
        assertThat(ids(s.chapters().get(1))).containsExactly("s1.h", "s1.a1", "s2.h", "s2.p1");
        assertThat(s.chapters().get(1).announced()).isEqualTo("s2.h");
        assertThat(ids(s.chapters().get(2))).containsExactly("s3.h", "s4.h", "s4.p1");
    }

    @Test
    void aWrappingHeadingWithProseOfItsOwnIsAChapter() {
        ReadingScript s = script("== History ==\nAn overview.\n=== Early ===\nx.\n=== Late ===\ny.");
        assertThat(s.chapters()).extracting(Chapter::title).containsExactly("Sample", "History", "Early", "Late");
    }

    @Test
    void anArticleWithoutHeadingsIsOneChapter() {
        assertThat(script("x.\n\ny.").chapters()).singleElement()
                .satisfies(c -> assertThat(ids(c)).containsExactly("t", "s0.p1", "s0.p2"));
        assertThat(script("").chapters()).singleElement().satisfies(c -> assertThat(ids(c)).containsExactly("t"));
    }

    @Test
    void figureDescriptionIsAltThenCaptionThenFileNameAndTheCaptionIsKept() {
        ReadingScript s = script("[[File:A b.jpg|thumb|alt=Two dogs|Dogs at play]]\n"
                + "[[File:C.jpg|thumb|A cat]]\n[[File:Old_map_of_Paris.png|thumb]]\n"
                + "[[File:D.jpg|thumb|alt=Refer to caption|A mascot]]");
        List<ScriptBlock.Figure> figures = blocks(s, ScriptBlock.Figure.class);
        assertThat(figures).extracting(ScriptBlock.Figure::description)
                .containsExactly("Two dogs", "A cat", "Old map of Paris", "A mascot");
        assertThat(figures).extracting(f -> f.text().text())
                .containsExactly("Dogs at play", "A cat", "Old map of Paris", "A mascot");
        assertThat(figures.get(0)).extracting(ScriptBlock.Figure::caption, ScriptBlock.Figure::alt, ScriptBlock.Figure::file)
                .containsExactly("Dogs at play", "Two dogs", "A b.jpg");
        assertThat(figures.get(3).alt()).isEmpty();
    }

    @Test
    void aFigureWithNothingButItsFileIsDescribedByItsNameWithoutPixelsOrExtension() {
        ReadingScript s = script("[[File:Portrait_of_a_man%2C_1900 (1230x1615).jpeg|thumb]]\n"
                + "[[File:Harbour view 800px.png|thumb]]\n[[File:Map%20of%20Kerala_1024×768.svg|thumb|alt=]]\n"
                + "[[File:Kerala (map) - [1230x1615].tif|thumb]]");
        assertThat(blocks(s, ScriptBlock.Figure.class)).extracting(ScriptBlock.Figure::description)
                .containsExactly("Portrait of a man, 1900", "Harbour view", "Map of Kerala", "Kerala (map)");
        assertThat(ScriptBuilder.readableFileName("Gate_50%_closed.JPG")).isEqualTo("Gate 50% closed");
    }

    @Test
    void emphasisLinksAndNoteMarkersBecomeSpans() {
        ReadingScript s = script("An ''italic'' [[Word|link]].<ref>Source.</ref>");
        Prose p = blocks(s, ScriptBlock.Paragraph.class).get(0).text();
        assertThat(p.text()).isEqualTo("An italic link.");
        assertThat(p.spans()).containsExactly(
                new Span(SpanKind.ITALIC, 3, 9, null),
                new Span(SpanKind.LINK, 10, 14, "Word"),
                new Span(SpanKind.NOTEREF, 15, 15, "1"));
        assertThat(p.notes()).extracting(NoteText::text).containsExactly("Source.");
        assertThat(blocks(s, ScriptBlock.Note.class)).extracting(n -> n.text().text()).containsExactly("Source.");
    }

    @Test
    void identicalShortCitationsShareOneNoteAndACitationIsOneSentence() {
        ReadingScript s = script("A.{{sfn|Kotkin|2014|p=426}} B.{{sfn|Kotkin|2014|p=426}} C.{{sfn|Kotkin|2014|p=427}}");
        List<ScriptBlock.Note> notes = blocks(s, ScriptBlock.Note.class);
        assertThat(notes).extracting(n -> n.text().text()).containsExactly("Kotkin 2014, p. 426.", "Kotkin 2014, p. 427.");
        assertThat(notes.get(0).text().sentences()).hasSize(1);
        assertThat(notes.get(0).kind()).isEqualTo(ScriptBlock.NoteKind.CITATION);
        assertThat(notes.get(0).sources()).singleElement().satisfies(c -> assertThat(c.authors()).containsExactly("Kotkin"));
        assertThat(blocks(s, ScriptBlock.Paragraph.class).get(0).text().spans()).extracting(Span::value)
                .containsExactly("1", "1", "2");
    }

    @Test
    void aValueNoOneCanComputeTakesItsParenthesisWithIt() {
        ReadingScript s = script("a $1.6 million house (equivalent to ${{Inflation|US|1.6|2005|r=1}} million in "
                + "{{Inflation-year|US}}) in ''Kenwood''.");
        Prose p = blocks(s, ScriptBlock.Paragraph.class).get(0).text();
        assertThat(p.text()).isEqualTo("a $1.6 million house in Kenwood.");
        assertThat(p.spans()).containsExactly(new Span(SpanKind.ITALIC, 24, 31, null));
    }

    @Test
    void spacesLeftByDroppedTemplatesAreRemoved() {
        ReadingScript s = script("Stalin {{citation needed|date=May 2020}}. He ( {{nonexistent}} ) left , fast.");
        assertThat(blocks(s, ScriptBlock.Paragraph.class).get(0).text().text()).isEqualTo("Stalin. He () left, fast.");
    }

    @Test
    void aDotThatStartsAWordKeepsTheSpaceBeforeIt() {
        ReadingScript s = script("The .NET Framework and the .be domain {{cn}}. Ross, H .E.");
        assertThat(blocks(s, ScriptBlock.Paragraph.class).get(0).text().text())
                .isEqualTo("The .NET Framework and the .be domain. Ross, H.E.");
    }

    @Test
    void tablesHoldTheirRowsAndCellsWithTheirHeadersAndScope() {
        ScriptBlock.Table t = blocks(script("{|\n! Country !! Population\n|-\n! Belgium\n| 11 million\n|}"),
                ScriptBlock.Table.class).get(0);
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.columnCount()).isEqualTo(2);
        assertThat(t.rows()).extracting(ScriptBlock.Row::header).containsExactly(true, false);
        ScriptBlock.Cell belgium = t.rows().get(1).cells().get(0);
        ScriptBlock.Cell population = t.rows().get(1).cells().get(1);
        assertThat(t.rows().get(0).cells()).extracting(ScriptBlock.Cell::scope)
                .containsOnly(ScriptBlock.Scope.COLUMN);
        assertThat(belgium.scope()).isEqualTo(ScriptBlock.Scope.ROW);
        assertThat(population.text().text()).isEqualTo("11 million");
        assertThat(population.columnHeader()).isEqualTo("Population");
        assertThat(population.rowHeader()).isEqualTo("Belgium");
        // a row speaks without print text: one empty sentence carries its words
        assertThat(t.rows().get(1).text().sentences()).singleElement()
                .satisfies(x -> assertThat(x.start()).isEqualTo(x.end()));
    }

    @Test
    void cellsSpanningRowsPushLaterCellsToTheirTrueColumns() {
        ScriptBlock.Table t = blocks(script("{|\n! Year !! Film !! Designer\n|-\n| rowspan=2 | 1929 || Wings || Menzies\n"
                + "|-\n| The Dove || Grot\n|}"), ScriptBlock.Table.class).get(0);
        List<ScriptBlock.Cell> cells = t.rows().stream().flatMap(r -> r.cells().stream()).toList();
        assertThat(cell(cells, "The Dove").columnHeader()).isEqualTo("Film");
        assertThat(cell(cells, "Grot").columnHeader()).isEqualTo("Designer");
        assertThat(cell(cells, "1929").rowspan()).isEqualTo(2);
    }

    private static ScriptBlock.Cell cell(List<ScriptBlock.Cell> cells, String text) {
        return cells.stream().filter(c -> c.text().text().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void attributesBeforeACellTemplateAreNotRead() {
        ScriptBlock.Table t = blocks(script("{|\n! Name !! Status\n|-\n| Michael || colspan=\"5\" {{n/a}}\n|}"),
                ScriptBlock.Table.class).get(0);
        assertThat(t.rows().stream().flatMap(r -> r.cells().stream()).map(c -> c.text().text()))
                .containsExactly("Name", "Status", "Michael", "N/A");
    }

    @Test
    void aFormulaStandingAloneIsAFormulaBlock() {
        ReadingScript s = script(":<math>E = mc^2</math>\n\nEnergy <math>E</math> is conserved.");
        assertThat(blocks(s, ScriptBlock.Formula.class)).extracting(ScriptBlock.Formula::tex).containsExactly("E = mc^2");
        assertThat(blocks(s, ScriptBlock.Paragraph.class).get(0).text().spans())
                .contains(new Span(SpanKind.FORMULA, 7, 8, "E"));
    }

    @Test
    void listsHoldTheirItemsWithKindOrdinalTermAndDepth() {
        ScriptBlock.ListBlock l = blocks(script("# one\n## one a\n# two\n;Born:18 December 1878"),
                ScriptBlock.ListBlock.class).get(0);
        assertThat(l.items()).extracting(ScriptBlock.ListItem::depth).containsExactly(1, 2, 1);
        assertThat(l.items()).extracting(ScriptBlock.ListItem::ordinal).containsExactly(1, 1, 2);
        ScriptBlock.ListItem born = blocks(script(";Born:18 December 1878"), ScriptBlock.ListBlock.class).get(0).items().get(0);
        assertThat(born.kind()).isEqualTo(ScriptBlock.ListKind.DEFINITION);
        assertThat(born.term()).isEqualTo("Born");
        assertThat(born.text().text()).isEqualTo("Born: 18 December 1878");
        assertThat(born.text().spans()).contains(new Span(SpanKind.BOLD, 0, 4, null));
    }

    @Test
    void aQuoteKeepsItsSourceWithItsOwnNotes() {
        ScriptBlock.Quote q = blocks(script("{{Quote box|quote=We must close that gap.|source=Stalin, 1931<ref>Kotkin.</ref>}}"),
                ScriptBlock.Quote.class).get(0);
        assertThat(q.text().text()).isEqualTo("We must close that gap.");
        assertThat(q.source().text()).isEqualTo("Stalin, 1931");
        assertThat(q.source().notes()).extracting(NoteText::text).containsExactly("Kotkin.");
    }

    @Test
    void aTitleGuessedFromAFileNameTakesTheLeadsSpelling() {
        assertThat(guessed("Louis braille", "en", "'''Louis Braille''' was a teacher.")).isEqualTo("Louis Braille");
        assertThat(guessed("Ibn al haytham", "en", "'''Ḥasan Ibn al-Haytham''' (Latinized as Alhazen)… Ibn al-Haytham was…"))
                .isEqualTo("Ibn al-Haytham");
        assertThat(guessed("Fifa world cup 2026", "en", "The 2026 FIFA World Cup is…")).isEqualTo("FIFA World Cup 2026");
        assertThat(guessed("Kerala ml", "ml", "കേരളം")).isEqualTo("Kerala");
        assertThat(guessed("Untitled", "en", "'''Oxygen''' is a chemical element.")).isEqualTo("Oxygen");
        // a title that is known is never changed
        ReadingScript known = new ScriptBuilder().build(new WikitextParser().parse("Constructive vote of no confidence", "en",
                "The '''constructive vote of no confidence''' is…"), false);
        assertThat(known.title()).isEqualTo("Constructive vote of no confidence");
    }

    private static String guessed(String title, String lang, String wikitext) {
        ReadingScript s = new ScriptBuilder().build(new WikitextParser().parse(title, lang, wikitext), true);
        assertThat(s.sections().get(0).heading().text().text()).isEqualTo(s.title());
        return s.title();
    }
}
