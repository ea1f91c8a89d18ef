package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.document.Note;
import org.lector.document.NoteRef;

class NoteTemplatesTest {
    private final FakeContext context = new FakeContext();
    private final TemplateRegistry registry = CitationTemplates.register(new TemplateRegistry());

    private TemplateResult run(String wikitext) {
        TemplateCall call = Calls.parse(wikitext);
        return registry.find(call.key()).orElseThrow().handle(call, context);
    }

    private Note note(String wikitext) {
        return ((NoteRef) ((TemplateResult.Inlines) run(wikitext)).content().get(0)).note();
    }

    @Test
    void efnIsAnExplanatoryLowerAlphaNote() {
        Note n = note("{{efn|He was born in [[Gori, Georgia|Gori]].}}");
        assertThat(n.kind()).isEqualTo(Note.Kind.EXPLANATORY);
        assertThat(n.group()).isEqualTo("lower-alpha");
        assertThat(n.label()).isEqualTo("a");
        assertThat(FakeContext.print(n.content())).isEqualTo("He was born in Gori.");
    }

    @Test
    void groupsOfTheVariants() {
        assertThat(note("{{efn-ua|x}}").group()).isEqualTo("upper-alpha");
        assertThat(note("{{efn-lr|x}}").group()).isEqualTo("lower-roman");
        assertThat(note("{{efn-ur|x}}").group()).isEqualTo("upper-roman");
        assertThat(note("{{efn-lg|x}}").group()).isEqualTo("lower-greek");
        assertThat(note("{{notetag|x}}").group()).isEqualTo("lower-alpha");
        assertThat(note("{{refn|x}}").group()).isEmpty();
        assertThat(note("{{refn|group=Note|x}}").group()).isEqualTo("Note");
        assertThat(note("{{efn|text=named text}}").content()).isNotEmpty();
    }

    @Test
    void namedEfnIsReused() {
        Note first = note("{{efn|name=born|Born 1878.}}");
        Note again = note("{{efn|name=born}}");
        assertThat(again).isSameAs(first);
    }

    @Test
    void rpAndNoteListsPrintNothing() {
        assertThat(run("{{rp|252}}")).isInstanceOf(TemplateResult.Nothing.class);
        assertThat(run("{{reflist|30em|group=lower-alpha}}")).isInstanceOf(TemplateResult.Nothing.class);
        assertThat(run("{{notelist-ua}}")).isInstanceOf(TemplateResult.Nothing.class);
        assertThat(run("{{refbegin|30em}}")).isInstanceOf(TemplateResult.Nothing.class);
        assertThat(run("{{refend}}")).isInstanceOf(TemplateResult.Nothing.class);
    }
}
