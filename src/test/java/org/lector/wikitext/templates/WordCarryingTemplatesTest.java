package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.document.Block;
import org.lector.document.Code;
import org.lector.document.Emphasis;
import org.lector.document.LangSpan;
import org.lector.document.Link;
import org.lector.document.ListBlock;
import org.lector.document.NoteRef;
import org.lector.document.Paragraph;
import org.lector.document.Superscript;
import org.lector.document.Table;
import org.lector.document.Text;

/**
 * Templates that carry an article's words and were dropped as unknown: each family as Wikipedia
 * prints it (expectations written from the templates' documentation), nothing of it lost.
 */
class WordCarryingTemplatesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
            "{{nihongo|Tokyo|東京|Tōkyō}} => Tokyo (東京, Tōkyō)",
            "{{nihongo|Tokyo|東京|Tōkyō|lead=yes}} => Tokyo (Japanese: 東京, Hepburn: Tōkyō)",
            "{{nihongo|Mount Fuji|富士山|Fujisan|Japan's highest mountain|an active volcano}} => Mount Fuji (富士山, Fujisan, Japan's highest mountain) an active volcano",
            "{{nihongo||富士山|Fujisan}} => 富士山 (Fujisan)",
            "{{nihongo2|東京}} => 東京",
            "{{nihongo3|Eastern capital|東京|Tōkyō}} => Tōkyō (東京, Eastern capital)",
            "{{nihongo4|Tokyo|東京|Tōkyō}} => Tokyo (東京, Tōkyō)",
            "{{zh|c=中国|p=Zhōngguó}} => Chinese: 中国; pinyin: Zhōngguó",
            "{{lang-zh|s=中国|t=中國|p=Zhōngguó|l=Middle Kingdom}} => simplified Chinese: 中国; traditional Chinese: 中國; pinyin: Zhōngguó; lit. 'Middle Kingdom'",
            "{{zh|s=中国|t=中國|first=t}} => traditional Chinese: 中國; simplified Chinese: 中国",
            "{{zh|c=中国|p=Zhōngguó|labels=no}} => 中国; Zhōngguó",
            "{{korean|hangul=한국|hanja=韓國|rr=Hanguk|mr=Han'guk}} => Korean: 한국; Hanja: 韓國; RR: Hanguk; MR: Han'guk",
            "{{val|5.97|e=24|u=kg}} => 5.97×1024 kg",
            "{{val|1.234|0.005|e=3|ul=m}} => (1.234 ± 0.005)×103 m",
            "{{val|9.1|+0.2|-0.3|u=m/s2}} => 9.1 +0.2 −0.3 m/s2",
            "{{val|1.234|(5)}} => 1.234(5)",
            "{{val|1234567|fmt=commas}} => 1,234,567",
            "{{val|10|-|20|u=m}} => 10–20 m",
            "{{val|3|u=m|up=s}} => 3 m/s",
            "{{val|p=~|42|s=+}} => ~42+",
            "{{e|24}} => ×1024",
            "{{sfrac|1|2}} => 1/2",
            "{{frac|3|1|4}} => 3 1/4",
            "{{angbr|html}} => ⟨html⟩",
            "{{keypress|Ctrl|Alt|Del}} => Ctrl+Alt+Del",
            "{{key press|F1}} => F1",
            "{{keypress|A|B|chain=,}} => A,B",
            "{{ill|Foo Bar|de|Fu Bar}} => Foo Bar",
            "{{interlanguage link|Baz|fr|lt=the Baz}} => the Baz",
            "{{rtl-lang|ar|العربية}} => العربية",
            "{{linktext|電|子}} => 電子",
            "{{linktext|quantum|mechanics}} => quantum mechanics",
            "A{{snds}}B => A – B",
            "A{{spaced ndash}}B => A – B",
            "{{As of|2020|alt=In early 2020}} => In early 2020",
            "{{As of|2019|5|df=us}} => As of May 2019",
            "{{As of|2019|5|4|df=us}} => As of May 4, 2019",
            "{{As of|2019|5|4}} => As of 4 May 2019",
            "{{as of|2018|since=y}} => Since 2018",
            "{{As of|2017|lc=y}} => as of 2017",
            "{{As of|2016|bare=yes}} => 2016",
            "{{As of|2015|pre=late}} => As of late 2015",
            "{{As of|2015|post=,}} => As of 2015,",
            "{{cite quran|2|255}} => Quran 2:255",
            "{{cite quran|2|255|e=257}} => Quran 2:255–257",
            "{{YouTube|id=abc|title=Great talk}} => Great talk on YouTube",
            "{{collapsible list|title=Members|Ann|Bob}} => Members: Ann, Bob",
            "{{citation needed span|Words an editor doubts|date=May 2020}} => Words an editor doubts",
            "{{enS|themes}} => englisch themes",
            "{{name in various languages|name=(official)|nl=Koninkrijk België|fr=Royaume de Belgique}} => (official) Dutch: Koninkrijk België; French: Royaume de Belgique",
            "{{INRConvert|11.32|lc}} => ₹11.32 lakh crore",
            "{{GBP|100}} => £100",
            "{{€|5 million}} => €5 million",
            "{{ordinal|23}} => 23rd",
            "{{ordinal|112}} => 112th",
            "{{round|3.14159|2}} => 3.14",
            "{{percentage|1|3|1}} => 33.3%",
            "{{lit|Middle Kingdom}} => lit. 'Middle Kingdom'",
            "{{gloss|eat}} => 'eat'",
            "{{radic|2}} => √2",
            "{{height|m=1.85}} => 1.85 m (6 ft 1 in)",
            "{{height|ft=6|in=1}} => 6 ft 1 in (1.85 m)",
            "{{bar percent|Dutch|DarkSlateGray|59}} => Dutch: 59%",
            "{{Listen|filename=Frase.ogg|title=One small step|description=Armstrong on the Moon}} => Audio: One small step. Armstrong on the Moon",
            "{{Listen|filename=Frase_de_Neil.ogg}} => Audio: Frase de Neil",
            "{{audio|Nl-België.ogg|listen}} => listen",
    })
    void printedAsWikipediaPrintsThem(String call, String expected) {
        String wikitext = call;
        int open = wikitext.indexOf("{{");
        int close = wikitext.lastIndexOf("}}") + 2;
        String before = wikitext.substring(0, open);
        String after = wikitext.substring(close);
        assertThat(before + Results.text(Run.call(wikitext.substring(open, close))) + after).isEqualTo(expected);
    }

    @Test
    void galleryTemplateIsAGroupOfFiguresWithTheirCaptions() {
        TemplateResult r = Run.call("{{Gallery|title=Views|File:A.jpg|First view|File:B_c.png|Second view|alt2=A hill}}");
        assertThat(Results.text(r)).isEqualTo("A.jpg [] First view\nB_c.png [A hill] Second view\nViews");
    }

    @Test
    void nativeScriptAndRomanizationAreTaggedWithTheirLanguage() {
        TemplateResult r = Run.call("{{nihongo|Tokyo|東京|Tōkyō}}");
        assertThat(((TemplateResult.Inlines) r).content()).contains(new LangSpan("ja", List.of(new Text("東京"))),
                new LangSpan("ja-Latn", List.of(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("Tōkyō"))))));
    }

    @Test
    void nihongoFootPutsTheJapaneseInAFootnote() {
        TemplateResult r = Run.call("{{nihongo foot|Tokyo|東京|Tōkyō}}");
        List<?> content = ((TemplateResult.Inlines) r).content();
        assertThat(content.get(0)).isEqualTo(new Text("Tokyo"));
        NoteRef ref = (NoteRef) content.get(1);
        assertThat(ref.note().group()).isEqualTo("lower-alpha");
        assertThat(Inlines.plain(ref.note().content())).isEqualTo("Japanese: 東京, Hepburn: Tōkyō");
    }

    @Test
    void germanChineseReadsAsGermanWikipediaShowsIt() {
        TemplateResult r = Run.call("{{zh|v=huǒ hú 火狐|b=Feuerfuchs|kurz=}}", new ContentFakeContext("de"));
        assertThat(Results.text(r)).isEqualTo("chinesisch huǒ hú 火狐, ‚Feuerfuchs‘");
    }

    @Test
    void valNeverLosesItsPowerOfTen() {
        TemplateResult r = Run.call("{{val|5.97|e=24|u=kg}}");
        assertThat(((TemplateResult.Inlines) r).content()).containsExactly(new Text("5.97"), new Text("×10"),
                new Superscript(List.of(new Text("24"))), new Text(" "), new Text("kg"));
    }

    @Test
    void keysAreCodeAndInterlanguageLinksLinkTheEnglishTitle() {
        assertThat(Run.call("{{keypress|Ctrl|C}}")).isEqualTo(TemplateResult.inline(new Code(List.of(
                new Text("Ctrl"), new Text("+"), new Text("C")))));
        assertThat(Run.call("{{ill|Foo Bar|de|Fu Bar}}")).isEqualTo(TemplateResult.inline(
                new Link("Foo Bar", false, List.of(new Text("Foo Bar")))));
    }

    @Test
    void largestCitiesIsATableOfCitiesWithItsSourceAfterIt() {
        TemplateResult r = Run.call("{{Largest cities|country=Belgium|stat_ref=National Register, 2023"
                + "|div_name=|div_link=Regions of Belgium{{!}}Region"
                + "|city_1=Antwerp|div_1=Flanders|pop_1=536,079|img_1=Antwerp.jpg"
                + "|city_2=Ghent|div_2=Flanders|pop_2=267,709"
                + "|city_3=City of Brussels|div_3=Brussels-Capital Region{{!}}Brussels|pop_3=192,950}}");
        List<Block> blocks = ((TemplateResult.Blocks) r).content();
        Table table = (Table) blocks.get(0);
        assertThat(Inlines.plain(table.caption())).isEqualTo("Largest cities or towns in Belgium");
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows().get(0).cells()).extracting(c -> Inlines.plain(c.content()))
                .containsExactly("Rank", "Name", "Region", "Population");
        assertThat(table.rows().get(0).cells()).allMatch(Table.Cell::header);
        assertThat(table.rows().get(3).cells()).extracting(c -> Inlines.plain(c.content()))
                .containsExactly("3", "City of Brussels", "Brussels", "192,950");
        assertThat(Results.block(blocks.get(1))).isEqualTo("National Register, 2023");
    }

    @Test
    void treeChartKeepsTheBoxesRowByRowAndDropsTheLines() {
        ContentFakeContext context = new ContentFakeContext();
        assertThat(Run.call("{{tree chart/start}}", context)).isEqualTo(TemplateResult.nothing());
        TemplateResult row = Run.call("{{tree chart| |JoK| |y| |JaK| |JoK=[[John of Kent]]|JaK=Jane of Kent"
                + "|boxstyle=border:2px}}", context);
        assertThat(row).isEqualTo(TemplateResult.block(new Paragraph(List.of(new Text("John of Kent"),
                new Text(", "), new Text("Jane of Kent")))));
        assertThat(Run.call("{{familytree| | |!| | }}", context)).isEqualTo(TemplateResult.nothing());
        assertThat(context.warnings).hasSize(1);
    }

    @Test
    void barBoxIsItsTitleThenAListOfBars() {
        TemplateResult r = Run.call("{{bar box|title=Languages|bars={{bar percent|Dutch|grey|59}}\n"
                + "{{bar percent|French|grey|40}}}}");
        List<Block> blocks = ((TemplateResult.Blocks) r).content();
        assertThat(Results.block(blocks.get(0))).isEqualTo("Languages");
        assertThat(((ListBlock) blocks.get(1)).items()).hasSize(2);
        assertThat(Results.block(blocks.get(1))).isEqualTo("Dutch: 59%\nFrench: 40%");
    }

    @Test
    void spaceflightCrewIsATableOfPositionsAndNames() {
        TemplateResult r = Run.call("{{Spaceflight crew|terminology=Astronaut|position1=Commander"
                + "|crew1_up=[[Neil Armstrong|Neil A. Armstrong]]|flights1_up=Second|position2=Lunar Module Pilot"
                + "|crew2_up=Buzz Aldrin}}");
        Table table = (Table) ((TemplateResult.Blocks) r).content().get(0);
        assertThat(table.rows()).extracting(row -> row.cells().stream().map(c -> Inlines.plain(c.content())).toList())
                .containsExactly(List.of("Position", "Astronaut"), List.of("Commander", "Neil A. Armstrong"),
                        List.of("Lunar Module Pilot", "Buzz Aldrin"));
    }

    @Test
    void handNumberedNotesKeepTheirMarks() {
        assertThat(standard("{{ref label|Note1|1|a}}")).isEqualTo(
                TemplateResult.inline(new Superscript(List.of(new Text("[1]")))));
        assertThat(Results.text(standard("{{note label|Note1|1|a}}"))).isEqualTo("[1] ");
        assertThat(standard("{{FN|a}}")).isEqualTo(TemplateResult.inline(new Superscript(List.of(new Text("a")))));
        assertThat(Results.text(standard("{{FNZ|a|Dates in Pacific time.}}"))).isEqualTo("a Dates in Pacific time.");
        assertThat(standard("{{ref|leg|*}}")).isEqualTo(TemplateResult.inline(new Superscript(List.of(new Text("*")))));
        assertThat(standard("{{ref|leg}}")).isEqualTo(TemplateResult.nothing());
    }

    /** A call run through every handler Lector ships (citations and notes included). */
    private static TemplateResult standard(String wikitext) {
        TemplateCall call = Wikitext.parse(wikitext);
        return TemplateRegistry.standard().find(call.key()).orElseThrow().handle(call, new ContentFakeContext());
    }

    @Test
    void vciteIsReadAsTheCs1TemplateOfItsKind() {
        TemplateResult r = standard("{{vcite journal|author=Smith J, Jones K|title=A study|journal=Nature"
                + "|year=2001|volume=5|pages=1-9}}");
        assertThat(Results.text(r)).startsWith("Smith J, Jones K (2001). \"A study\". Nature.");
    }
}
