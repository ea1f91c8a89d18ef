package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.document.Emphasis;
import org.lector.document.FigureGroup;
import org.lector.document.Hatnote;
import org.lector.document.Infobox;
import org.lector.document.LangSpan;
import org.lector.document.Link;
import org.lector.document.Paragraph;
import org.lector.document.Quote;
import org.lector.document.Text;

/** Hand-written expectations for every family other than convert. */
class OtherTemplatesTest {

    @Test
    void mainIsAHatnoteWithALink() {
        TemplateResult r = Run.call("{{Main|Joseph Stalin's rise to power}}");
        assertThat(r).isEqualTo(TemplateResult.block(new Hatnote(Hatnote.Kind.MAIN, "Main article", List.of(
                new Link("Joseph Stalin's rise to power", false, List.of(new Text("Joseph Stalin's rise to power")))))));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "{{Main|Agony in the Garden|Kiss of Judas|Arrest of Jesus}} => Main articles: Agony in the Garden, Kiss of Judas, and Arrest of Jesus",
            "{{Further|Beef cattle|Beef}} => Further information: Beef cattle and Beef",
            "{{Main|Cruelty to animals#Welfare|l1=Welfare}} => Main article: Welfare",
            "{{See also|Saturnalia#Influence}} => See also: Saturnalia § Influence",
            "{{See also|Anno Domini{{!}}''Anno Domini''|Horopter}} => See also: Anno Domini and Horopter",
            "{{Hauptartikel|A|B|C}} => Hauptartikel: A, B und C",
            "{{About|the chemical element}} => This article is about the chemical element.",
            "{{About|this|other use|target}} => This article is about this. For other use, see target.",
            "{{Redirect|Taurus cattle|the breeding project|Taurus Project}} => \"Taurus cattle\" redirects here. For the breeding project, see Taurus Project.",
            "{{Redirect-several|Barack|Obama}} => \"Barack\" and \"Obama\" redirect here. For other uses, see Barack (disambiguation).",
            "{{Redirect2|Cow|Cows|other uses|Cattle (disambiguation)|and|Cow (disambiguation)}} => \"Cow\" and \"Cows\" redirect here. For other uses, see Cattle (disambiguation) and Cow (disambiguation).",
            "{{Distinguish|Magadhi Prakrit|Maithili}} => Not to be confused with Magadhi Prakrit or Maithili.",
            "{{Redirect-distinguish|Magadhi language|Magadhi Prakrit}} => \"Magadhi language\" redirects here. Not to be confused with Magadhi Prakrit.",
            "{{For|the album|X (album)}} => For the album, see X (album).",
            "{{For timeline|Timeline of Belgian history}} => For a chronological guide, see Timeline of Belgian history.",
            "{{Weiterleitungshinweis|Firefox}} => Firefox ist eine Weiterleitung auf diesen Artikel. Zu weiteren Bedeutungen siehe Firefox (Begriffsklärung).",
    })
    void hatnotes(String call, String expected) {
        assertThat(Run.text(call)).isEqualTo(expected);
    }

    @Test
    void quoteBoxHasBodyAndSourceWithoutTheDash() {
        TemplateResult r = Run.call("{{Quote box|width=25em|align=right|quote=We have fallen behind.|source=— Stalin, February 1931{{sfn|Service|2004|p=273}} }}");
        assertThat(r).isEqualTo(TemplateResult.block(new Quote(
                List.of(new Paragraph(List.of(new Text("We have fallen behind.")))),
                List.of(new Text("Stalin, February 1931")))));
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "{{quote|Truth is sought.|Ibn al-Haytham|Doubts}} => Truth is sought. / Ibn al-Haytham, Doubts",
            "{{blockquote|text=I'm a Christian.|author=Obama|title=Interview}} => I'm a Christian. / Obama, Interview",
            "{{Zitat|Text=Ein Satz.|Autor=Goethe|Quelle=Faust}} => Ein Satz. / Goethe, Faust",
            "{{cquote|Words.|||Someone|Somewhere}} => Words. / Someone, Somewhere",
    })
    void quotations(String call, String expected) {
        assertThat(Run.text(call)).isEqualTo(expected);
    }

    @Test
    void multipleImageKeepsCaptionsEvenWithoutFiles() {
        TemplateResult r = Run.call("{{multiple image |align=left |image1= |caption1 =In this image, [[Nikolai Yezhov]] is shown |image2=File:B.jpg|alt2=A canal |footer=Both}}");
        FigureGroup g = (FigureGroup) ((TemplateResult.Blocks) r).content().get(0);
        assertThat(g.figures()).hasSize(2);
        assertThat(g.figures().get(0).fileName()).isEmpty();
        assertThat(Inlines.plain(g.figures().get(0).caption())).isEqualTo("In this image, Nikolai Yezhov is shown");
        assertThat(g.figures().get(1).fileName()).isEqualTo("B.jpg");
        assertThat(g.figures().get(1).alt()).isEqualTo("A canal");
        assertThat(Inlines.plain(g.caption())).isEqualTo("Both");
    }

    @Test
    void languageSpans() {
        assertThat(Run.call("{{lang|ru|текст}}")).isEqualTo(TemplateResult.inline(
                new LangSpan("ru", List.of(new Text("текст")))));
        assertThat(Run.call("{{lang-ru|текст}}")).isEqualTo(TemplateResult.inlines(List.of(
                new Text("Russian: "), new LangSpan("ru", List.of(new Text("текст"))))));
        assertThat(Run.call("{{langx|de|link=no|Königreich Belgien}}")).isEqualTo(TemplateResult.inlines(List.of(
                new Text("German: "), new LangSpan("de", List.of(new Text("Königreich Belgien"))))));
        assertThat(Run.call("{{tlit|grc|Christos}}")).isEqualTo(TemplateResult.inline(new LangSpan("grc-Latn",
                List.of(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("Christos")))))));
        assertThat(Run.text("{{transl|ar|ALA|Abū ʿAlī}}")).isEqualTo("Abū ʿAlī");
        assertThat(Run.text("{{in lang|nl}}")).isEqualTo("(in Dutch)");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "{{IPA|de|ˈbɛlɡi̯ən||De-Belgien.ogg}} => German pronunciation: [ˈbɛlɡi̯ən]",
            "{{IPA|ʃ}} => ʃ",
            "{{IPAc-en|audio=En-us-Barack.ogg|b|ə|ˈ|r|ɑː|k|_|h|uː}} => /bəˈrɑːk huː/",
            "{{respell|bə|RAHK}} => bə-RAHK",
            "{{nowrap|[[#Knockout stage|Knockout]]}} => Knockout",
            "{{small|since 21 July 2013}} => since 21 July 2013",
            "{{abbr|UN|United Nations}} => UN",
            "{{sic|Il|linios}} => Illinios",
            "{{mdash}} => —",
            "{{chem|H|2|O}} => H2O",
            "{{frac|1|2}} => 1/2",
            "{{frac|1|1|2}} => 1 1/2",
            "{{mvar|x}} => x",
            "{{as of|2020}} => As of 2020",
            "{{as of|2026|lc=1}} => as of 2026",
            "{{circa|1900}} => c. 1900",
            "{{c.|1900}} => c. 1900",
            "{{fl.|1350}} => fl. 1350",
            "{{reign|1924|1953}} => r. 1924–1953",
            "{{Birth date|1878|12|18}} => 18 December 1878",
            "{{Birth date|1878|12|18|mf=y}} => December 18, 1878",
            "{{birth date and age|1961|8|4}} => 4 August 1961",
            "{{death date and age|1953|3|5|1878|12|18}} => 5 March 1953 (aged 74)",
            "{{birth-date|0965|c. 965}} => c. 965",
            "{{start-date|July 16, 1969, 13:32:00|timezone=yes}} => July 16, 1969, 13:32:00",
            "{{OldStyleDate|8 March|1917|23 February}} => 8 March [O.S. 23 February] 1917",
            "{{Datum|25|08|2017}} => 25. August 2017",
            "{{Coord|13|19|N|169|9|W|type:event|name=Apollo 11 splashdown}} => 13°19′N 169°9′W",
            "{{coord|50|51|N|4|21|E}} => 50°51′N 4°21′E",
            "{{coord|8.5|77|region:IN-KL|display=inline,title}} => 8.5°N 77°E",
            "{{flagcountry|BEL}} => Belgium",
            "{{flag|Belgium}} => Belgium",
            "{{US$|5 million}} => US$5 million",
            "{{formatnum:1234567}} => 1,234,567",
            "{{ubl|[[Columbia University]] (BA)|[[Harvard University]] (JD)}} => Columbia University (BA), Harvard University (JD)",
            "{{hlist|a|b|c}} => a, b, c",
    })
    void inlineTemplates(String call, String expected) {
        assertThat(Run.text(call)).isEqualTo(expected);
    }

    @Test
    void mvarAndEmAreEmphasis() {
        assertThat(Run.call("{{em|very}}")).isEqualTo(TemplateResult.inline(
                new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("very")))));
        assertThat(Run.call("{{strong|very}}")).isEqualTo(TemplateResult.inline(
                new Emphasis(Emphasis.Style.BOLD, List.of(new Text("very")))));
        assertThat(Run.text("{{nbsp}}")).isEqualTo("\u00A0");
        assertThat(Run.text("{{snd}}")).isEqualTo(" – ");
    }

    @Test
    void ageUsesTheClockOnlyWithoutASecondDate() {
        Clock clock = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
        TemplateResult r = new DateTemplates(clock).handle(Wikitext.parse("{{age|1969|07|20}}"), new ContentFakeContext());
        assertThat(Results.text(r)).isEqualTo("55");
    }

    @Test
    void layoutTemplatesGiveNothing() {
        for (String call : List.of("{{clear}}", "{{Use dmy dates|date=May 2020}}", "{{pp-semi-indef}}",
                "{{Short description|Leader}}", "{{Authority control}}", "{{citation needed|date=May 2020}}",
                "{{DEFAULTSORT:Obama, Barack}}", "{{flagicon|BEL}}", "{{coord|1|2|display=title}}")) {
            assertThat(Run.call(call)).as(call).isEqualTo(TemplateResult.nothing());
        }
    }

    @Test
    void plainlistJoinsItsStarredItems() {
        assertThat(Run.text("{{plainlist|\n* 59% [[Irreligion in Belgium|no religion]]\n{{Tree list}}\n* 34% Christianity\n** 31% Catholicism\n{{Tree list/end}}\n}}"))
                .isEqualTo("59% no religion, 34% Christianity, 31% Catholicism");
    }

    @Test
    void infoboxIsATitleAndLabelledEntries() {
        TemplateResult r = Run.call("{{Infobox officeholder\n| name = Barack Obama\n| image = Obama.jpg\n| caption = Official portrait"
                + "\n| birth_date = {{birth date and age|1961|8|4}}\n| birth_place = [[Honolulu]], Hawaii\n| spouse = <!-- none -->"
                + "\n| office1 = 44th President\n| image_size = 200px\n}}");
        assertThat(r).isEqualTo(TemplateResult.block(new Infobox(List.of(new Text("Barack Obama")), List.of(
                entry("Birth date", "4 August 1961"),
                entry("Birth place", "Honolulu, Hawaii"),
                entry("Office", "44th President")))));
    }

    @Test
    void genericInfoboxPairsLabelsWithDataAndHeadersHaveNoValue() {
        TemplateResult r = Run.call("{{Infobox|title=Thing|label1=Colour|data1=Red|header2=More|label3=Size|data3=|data4=Alone}}");
        assertThat(r).isEqualTo(TemplateResult.block(new Infobox(List.of(new Text("Thing")), List.of(
                entry("Colour", "Red"),
                new Infobox.Entry(List.of(new Text("More")), List.of()),
                new Infobox.Entry(List.of(), List.of(new Text("Alone")))))));
        assertThat(Results.text(r)).isEqualTo("Thing\nColour: Red\nMore\nAlone");
    }

    @Test
    void infoboxWithoutATitleOrEntriesGivesNothing() {
        assertThat(Run.call("{{Infobox person|image=A.jpg|caption=Someone}}")).isEqualTo(TemplateResult.nothing());
        Infobox untitled = (Infobox) ((TemplateResult.Blocks) Run.call("{{Infobox person|occupation=Writer}}")).content().get(0);
        assertThat(untitled.title()).isEmpty();
        assertThat(untitled.entries()).containsExactly(entry("Occupation", "Writer"));
    }

    private static Infobox.Entry entry(String label, String value) {
        return new Infobox.Entry(List.of(new Text(label)), List.of(new Text(value)));
    }

    @Test
    void infoboxLabels() {
        assertThat(InfoboxTemplate.label("birth_place")).isEqualTo("Birth place");
        assertThat(InfoboxTemplate.label("term_start2")).isEqualTo("Term start");
        assertThat(InfoboxTemplate.label("TotalArea")).isEqualTo("Total area");
        assertThat(InfoboxTemplate.label("area_total")).isEqualTo("Total area");
        assertThat(InfoboxTemplate.label("GDP_PPP_rank")).isEqualTo("GDP PPP rank");
        assertThat(InfoboxTemplate.label("jr/sr1")).isEqualTo("Office");
        assertThat(InfoboxTemplate.label("gdp_rank")).isEqualTo("GDP rank");
        assertThat(InfoboxTemplate.label("export-goods")).isEqualTo("Export goods");
        assertThat(InfoboxTemplate.label("pop_est")).isEqualTo("Population estimate");
        assertThat(InfoboxTemplate.label("surface_EVAs")).isEqualTo("Surface EVAs");
        assertThat(InfoboxTemplate.skipped("insignia")).isTrue();
        assertThat(InfoboxTemplate.skipped("familycolor")).isTrue();
    }

    @Test
    void noHandlerNameIsRegisteredTwice() {
        Map<String, String> seen = new HashMap<>();
        for (TemplateHandler h : List.of(new QuoteTemplates(), new FigureTemplates(), new HatnoteTemplates(),
                new DisambiguationHatnotes(), new PlainHatnotes(), new LanguageTemplates(), new PronunciationTemplates(),
                new WrapperTemplates(), new TypographyTemplates(), new NotationTemplates(), new ChemistryTemplates(),
                new DateTemplates(), new CoordTemplate(), new FlagTemplates(), new NumberTemplates(), new ConvertTemplate(),
                new ListTemplates(), new InfoboxTemplate(), new BiographyTemplates(), new LinkTemplates(),
                new ExternalLinkTemplates(), new IdentifierTemplates(), new ScriptureReferences(), new ShipTemplates(),
                new TableCellTemplates(), new TrendTemplates(), new FootballTemplates(), new InflationTemplates(),
                new LayoutTemplates(), new MultirefHandler())) {
            for (String n : h.names()) {
                String before = seen.put(n, h.getClass().getSimpleName());
                assertThat(before).as(n).isNull();
                assertThat(n).as("names are normalized").isEqualTo(TemplateCall.normalize(n));
            }
        }
    }
}
