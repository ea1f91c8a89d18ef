package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.document.Citation;
import org.lector.document.Emphasis;
import org.lector.document.Inline;
import org.lector.document.Link;
import org.lector.document.Text;

// Expected strings are written by hand from Module:Citation/CS1's order of parts.
class CiteHandlerTest {
    private final FakeContext context = new FakeContext();
    private final TemplateRegistry registry = CitationTemplates.register(new TemplateRegistry());

    private List<Inline> run(String wikitext) {
        TemplateCall call = Calls.parse(wikitext);
        TemplateResult r = registry.find(call.key()).orElseThrow().handle(call, context);
        return ((TemplateResult.Inlines) r).content();
    }

    private String print(String wikitext) {
        return FakeContext.print(run(wikitext));
    }

    @Test
    void bookWithAuthorDatePublisherPageIsbn() {
        List<Inline> out = run("{{cite book |last1=Kuromiya |first1=Hiroaki |title=Stalin |date=16 August 2013"
                + " |publisher=Routledge |isbn=978-1-317-86780-7 |page=60 |url=https://books.google.com/x}}");
        assertThat(FakeContext.print(out))
                .isEqualTo("Kuromiya, Hiroaki (16 August 2013). Stalin. Routledge. p. 60. ISBN 978-1-317-86780-7.");
        assertThat(out).contains(new Emphasis(Emphasis.Style.ITALIC,
                List.of(new Link("https://books.google.com/x", true, List.of(new Text("Stalin"))))));
    }

    @Test
    void recordsTheCitationData() {
        run("{{cite book |last1=Kuromiya |first1=Hiroaki |title=Stalin |date=16 August 2013"
                + " |publisher=Routledge |isbn=978-1-317-86780-7 |page=60 |url=https://x.org |access-date=1 May 2020}}");
        Citation c = context.recorded.get(0);
        assertThat(c.authors()).containsExactly("Hiroaki Kuromiya");
        assertThat(c.year()).isEqualTo("2013");
        assertThat(c.locationKind()).isEqualTo("p");
        assertThat(c.location()).isEqualTo("60");
        assertThat(c.fields()).containsEntry("title", "Stalin").containsEntry("publisher", "Routledge")
                .containsEntry("isbn", "978-1-317-86780-7").containsEntry("kind", "cite book")
                .doesNotContainKeys("title-url", "access-date");
    }

    @Test
    void chapterEditorsPlaceAndPages() {
        assertThat(print("{{cite book|last1=Barreto|first1=Amílcar Antonio|first2=Richard L.|last2=O'Bryant"
                + "|title=American Identity in the Age of Obama|chapter-url=https://b.example/x|date=November 12, 2013"
                + "|publisher=Taylor & Francis|isbn=978-1-317-93715-9|pages=18–19|chapter=Introduction}}"))
                .isEqualTo("Barreto, Amílcar Antonio; O'Bryant, Richard L. (November 12, 2013). \"Introduction\". "
                        + "American Identity in the Age of Obama. Taylor & Francis. pp. 18–19. ISBN 978-1-317-93715-9.");
        assertThat(print("{{cite book |last=Smith |first=Ann |chapter=Ch |editor-last=Jones |editor-first=Bob"
                + " |title=T |year=2001 |location=London |publisher=P |edition=2nd}}"))
                .isEqualTo("Smith, Ann (2001). \"Ch\". In Jones, Bob (ed.). T (2nd ed.). London: P.");
    }

    @Test
    void editorsLeadWhenThereIsNoAuthor() {
        assertThat(print("{{cite book |editor = Chassie, Karen |year = 2007 |title = Who's Who in America, 2008"
                + " |page = 3468 |place = New Providence, New Jersey |publisher = Marquis Who's Who"
                + " |isbn = 978-0-8379-7011-0}}"))
                .isEqualTo("Chassie, Karen, ed. (2007). Who's Who in America, 2008. New Providence, New Jersey: "
                        + "Marquis Who's Who. p. 3468. ISBN 978-0-8379-7011-0.");
    }

    @Test
    void withNeitherAuthorNorEditorTheDateFollowsTheWork() {
        assertThat(print("{{cite web |url=https://nasa.gov/a |title=Apollo 11 |website=NASA |date=20 July 2019"
                + " |access-date=1 May 2020 |archive-url=https://web.archive.org/x |archive-date=2 May 2020"
                + " |url-status=live}}"))
                .isEqualTo("\"Apollo 11\". NASA. 20 July 2019.");
    }

    @Test
    void journalArticle() {
        List<Inline> out = run("{{cite journal |last1=Smith |first1=J. |last2=Doe |first2=A. |date=2001"
                + " |title=On things |journal=Nature |volume=521 |issue=7553 |pages=436–444 |doi=10.1038/x}}");
        assertThat(FakeContext.print(out))
                .isEqualTo("Smith, J.; Doe, A. (2001). \"On things\". Nature. 521 (7553): 436–444. doi:10.1038/x.");
        assertThat(out).contains(new Emphasis(Emphasis.Style.ITALIC, List.of(new Text("Nature"))));
    }

    @Test
    void newsWithTransTitleAndLanguage() {
        assertThat(print("{{cite news |last=Ivanov |first=I. |title=Novosti |trans-title=News |language=ru"
                + " |newspaper=Pravda |date=1 May 1930 |page=2}}"))
                .isEqualTo("Ivanov, I. (1 May 1930). \"Novosti\" [News] (in Russian). Pravda. p. 2.");
    }

    @Test
    void displayAuthorsAndVauthors() {
        assertThat(print("{{cite journal |last1=A |first1=B |last2=C |first2=D |last3=E |first3=F"
                + " |display-authors=1 |title=T |journal=J |year=2000}}"))
                .isEqualTo("A, B; et al. (2000). \"T\". J.");
        assertThat(print("{{cite journal |vauthors=Smith J, Jones K |title=T |journal=J |year=2000}}"))
                .isEqualTo("Smith J, Jones K (2000). \"T\". J.");
    }

    @Test
    void noDoubledFullStops() {
        assertThat(print("{{cite book |last=King |first=Martin L. Jr. |title=Why We Can't Wait? |year=1964}}"))
                .isEqualTo("King, Martin L. Jr. (1964). Why We Can't Wait?");
    }

    @Test
    void originalDateFollowsTheDate() {
        assertThat(print("{{cite book |last=Orloff |first=Richard W. |date=September 2004"
                + " |orig-year=First published 2000 |title=Apollo by the Numbers |publisher=NASA}}"))
                .isEqualTo("Orloff, Richard W. (September 2004) [First published 2000]. Apollo by the Numbers. NASA.");
    }

    @Test
    void citationTemplateUsesCommas() {
        assertThat(print("{{citation |last=Smith |first=A. |year=2001 |title=T |publisher=P |page=5}}"))
                .isEqualTo("Smith, A. (2001), T, P, p. 5");
    }

    @Test
    void thesisAndPressRelease() {
        assertThat(print("{{cite thesis |last=L |first=F |title=T |degree=PhD |publisher=U |year=1999}}"))
                .isEqualTo("L, F (1999). T (PhD thesis). U.");
        assertThat(print("{{cite press release |title=Launch |publisher=NASA |date=1969}}"))
                .isEqualTo("\"Launch\" (Press release). NASA. 1969.");
    }

    @Test
    void germanTemplates() {
        assertThat(print("{{Internetquelle |url=https://www.mozilla.org/x |titel=History of the Mozilla Project"
                + " |werk=Mozilla |sprache=en-US |zugriff=2016-04-03}}"))
                .isEqualTo("\"History of the Mozilla Project\". Mozilla.");
        assertThat(print("{{Literatur |Autor=Hans Meier |Titel=Firefox |Verlag=dpunkt |Ort=Heidelberg |Jahr=2005"
                + " |ISBN=3-89864-000-0}}"))
                .isEqualTo("Hans Meier (2005). Firefox. Heidelberg: dpunkt. ISBN 3-89864-000-0.");
    }
}
