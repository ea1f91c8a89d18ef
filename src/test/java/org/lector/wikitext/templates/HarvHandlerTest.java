package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.document.Text;

class HarvHandlerTest {
    private final FakeContext context = new FakeContext();
    private final TemplateRegistry registry = CitationTemplates.register(new TemplateRegistry());

    private String run(String wikitext) {
        TemplateCall call = Calls.parse(wikitext);
        TemplateResult r = registry.find(call.key()).orElseThrow().handle(call, context);
        return FakeContext.print(((TemplateResult.Inlines) r).content());
    }

    @Test
    void theFamily() {
        assertThat(run("{{harvnb|Kotkin|2014|p=426}}")).isEqualTo("Kotkin 2014, p. 426");
        assertThat(run("{{harv|Kotkin|2014|p=426}}")).isEqualTo("(Kotkin 2014, p. 426)");
        assertThat(run("{{harvtxt|Kotkin|2014|p=426}}")).isEqualTo("Kotkin (2014, p. 426)");
        assertThat(run("{{harvp|Kotkin|2014|p=426}}")).isEqualTo("Kotkin (2014), p. 426");
        assertThat(run("{{harvcol|Kotkin|2014|p=426}}")).isEqualTo("(Kotkin 2014:426)");
        assertThat(run("{{Harvnb|Kalin|Ayduz|Dagli|2009|p=}}")).isEqualTo("Kalin, Ayduz & Dagli 2009");
        assertThat(run("{{Harvnb|Rosenthal|1960–1961}}")).isEqualTo("Rosenthal 1960–1961");
        assertThat(run("{{harvnb|Crombie|1971|p=147, n. 2}}")).isEqualTo("Crombie 1971, p. 147, n. 2");
    }

    @Test
    void harvIsInlineTextAndRecordsTheSource() {
        TemplateCall call = Calls.parse("{{harvnb|El-Bizri|2005a}}");
        TemplateResult r = new HarvHandler().handle(call, context);
        assertThat(((TemplateResult.Inlines) r).content()).containsExactly(new Text("El-Bizri 2005a"));
        assertThat(context.notes).isEmpty();
        assertThat(context.recorded).singleElement().satisfies(c -> assertThat(c.year()).isEqualTo("2005a"));
    }

    @Test
    void harvsListsSeveralYears() {
        assertThat(run("{{harvs|nb|last=El-Bizri|year=2005a|year2=2005b}}")).isEqualTo("El-Bizri 2005a, 2005b");
        assertThat(run("{{harvs|author=Smith|year=2001|year2=2006}}")).isEqualTo("Smith (2001, 2006)");
        assertThat(run("{{harvs|paren|last=Smith|year=2001}}")).isEqualTo("(Smith 2001)");
    }
}
