package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lector.document.Hatnote;
import org.lector.document.Link;
import org.lector.document.Text;

/** The small families whose output is a word or two: links, identifiers, table cells, arrows, ships, cards. */
class SmallFamiliesTest {

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "{{bibleverse|1 Corinthians|11:23–26|9}} => 1 Corinthians 11:23–26",
            "{{bibleverse|1|Corinthians|11:23}} => 1 Corinthians 11:23",
            "{{qref|4|155–160}} => Quran 4:155–160",
            "{{Version |o |0.1}} => 0.1",
            "{{legend|#fab274|[[Flemish Region]] / Dutch language area}} => Flemish Region / Dutch language area",
            "{{legend striped|#fab274|#f2536b|up=yes|bilingual area}} => bilingual area",
            "{{n/a}} => N/A",
            "{{n/a|none}} => none",
            "{{CMain}} => Main",
            "{{increase}} => ▲",
            "{{decreasenegative}} => ▼",
            "{{steady}} => ▬",
            "{{yel|23'}} => yellow card 23'",
            "{{sent off|0|54'}} => sent off 54'",
            "{{ISBN|978-0-19-957749-1}} => ISBN 978-0-19-957749-1",
            "{{doi|10.1000/x}} => doi:10.1000/x",
            "{{Executive Order|13769}} => Executive Order 13769",
            "{{URL|example.org}} => example.org",
            "{{Official website|https://example.org}} => Official website",
            "{{YouTube|title=Launch}} => Launch on YouTube",
            "{{YouTube|id=x1|user=NASA}} => NASA's channel on YouTube",
            "{{YouTube|x1}} => Video on YouTube",
            "{{anl|DREAM Act}} => DREAM Act",
            "{{section link|Oxygen|History}} => Oxygen § History",
            "{{USS|Hornet|CV-12}} => USS Hornet (CV-12)",
            "{{HMS|Victory}} => HMS Victory",
            "{{marriage|[[Michelle Robinson]]|1992}} => Michelle Robinson (m. 1992)",
            "{{died in|1953}} => d. 1953",
            "{{century BC|5th}} => 5th century BC",
            "{{sigfig|4.22|1}} => 4",
            "{{val|14.6|u=mg/L}} => 14.6 mg/L",
    })
    void printedAsBefore(String call, String expected) {
        assertThat(Run.text(call)).isEqualTo(expected);
    }

    @Test
    void urlsAreLinksReadByTheirLabel() {
        assertThat(Run.call("{{URL|https://example.org|Example}}")).isEqualTo(TemplateResult.inline(
                new Link("https://example.org", true, List.of(new Text("Example")))));
        assertThat(Run.call("{{URL|}}")).isEqualTo(TemplateResult.nothing());
    }

    @Test
    void seeAndMalayalamMainAreHatnotesOfBareLinks() {
        assertThat(Run.call("{{see|A|B}}")).isEqualTo(TemplateResult.block(new Hatnote(Hatnote.Kind.SEE_ALSO, "See", List.of(
                new Link("A", false, List.of(new Text("A"))), new Text(", "),
                new Link("B", false, List.of(new Text("B")))))));
        assertThat(Results.text(Run.call("{{പ്രധാനലേഖനം|കേരളം}}"))).isEqualTo("പ്രധാന ലേഖനം: കേരളം");
    }

    @Test
    void inflationIsAnUnknownValueWithAWarning() {
        ContentFakeContext context = new ContentFakeContext();
        assertThat(Run.call("{{inflation|US|5|2000}}", context)).isEqualTo(TemplateResult.inline(
                new Text(String.valueOf(Text.UNKNOWN))));
        assertThat(context.warnings).hasSize(1);
        assertThat(Run.call("{{inflation-fn|US}}")).isEqualTo(TemplateResult.nothing());
    }

    @Test
    void multirefJoinsItsCitations() {
        TemplateResult r = new MultirefHandler().handle(Wikitext.parse("{{multiref|First.|Second.}}"),
                new ContentFakeContext());
        assertThat(Results.text(r)).isEqualTo("First. Second.");
    }
}
