package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.document.Citation;
import org.lector.document.Note;
import org.lector.document.NoteRef;

class SfnHandlerTest {
    private final FakeContext context = new FakeContext();
    private final TemplateRegistry registry = CitationTemplates.register(new TemplateRegistry());

    private NoteRef run(String wikitext) {
        TemplateCall call = Calls.parse(wikitext);
        TemplateResult r = registry.find(call.key()).orElseThrow().handle(call, context);
        assertThat(r).isInstanceOf(TemplateResult.Inlines.class);
        return (NoteRef) ((TemplateResult.Inlines) r).content().get(0);
    }

    private static String text(NoteRef ref) {
        return FakeContext.print(ref.note().content());
    }

    @Test
    void basicSfn() {
        NoteRef ref = run("{{sfn|Kotkin|2014|p=426}}");
        assertThat(text(ref)).isEqualTo("Kotkin 2014, p. 426.");
        assertThat(ref.note().kind()).isEqualTo(Note.Kind.CITATION);
        assertThat(ref.note().group()).isEmpty();
        assertThat(ref.note().citations())
                .containsExactly(new Citation(List.of("Kotkin"), "2014", "p", "426", Map.of()));
    }

    @Test
    void twoAuthorsAndPageRange() {
        NoteRef ref = run("{{sfn|Smith|Jones|2001|pp=3–5}}");
        assertThat(text(ref)).isEqualTo("Smith & Jones 2001, pp. 3–5.");
        assertThat(ref.note().citations().get(0).locationKind()).isEqualTo("pp");
        assertThat(ref.note().citations().get(0).authors()).containsExactly("Smith", "Jones");
    }

    @Test
    void threeAndFourAuthors() {
        assertThat(text(run("{{sfn|Funk|Hoover|The Jesus Seminar|1993|p=3}}")))
                .isEqualTo("Funk, Hoover & The Jesus Seminar 1993, p. 3.");
        assertThat(text(run("{{sfn|A|B|C|D|2001}}"))).isEqualTo("A et al. 2001.");
    }

    @Test
    void sfnpAndAliases() {
        assertThat(text(run("{{sfnp|Kotkin|2014|p=426}}"))).isEqualTo("Kotkin (2014), p. 426.");
        assertThat(text(run("{{sfn|Morris|1992|page=26}}"))).isEqualTo("Morris 1992, p. 26.");
        assertThat(text(run("{{sfn|Brown|1977|pages=104-121}}"))).isEqualTo("Brown 1977, pp. 104-121.");
        assertThat(text(run("{{Sfn|Cross|Livingstone|2005 |loc=John, St.}}")))
                .isEqualTo("Cross & Livingstone 2005, John, St.");
    }

    @Test
    void postscripts() {
        assertThat(text(run("{{sfn|Kotkin|2014|p=426|ps=none}}"))).isEqualTo("Kotkin 2014, p. 426");
        assertThat(text(run("{{sfn|Theissen|Merz|1998|p=191|ps=: \"Our conclusion.\"}}")))
                .isEqualTo("Theissen & Merz 1998, p. 191: \"Our conclusion.\"");
    }

    @Test
    void linkedPageNumberIsReadAsItsLabel() {
        NoteRef ref = run("{{sfn|Ehrman|2009|page=[https://archive.org/details/x/page/82 82]}}");
        assertThat(text(ref)).isEqualTo("Ehrman 2009, p. 82.");
        assertThat(ref.note().citations().get(0).location()).isEqualTo("82");
    }

    @Test
    void identicalSfnsShareOneNoteAndDifferentPagesDoNot() {
        NoteRef a = run("{{sfn|Kotkin|2014|p=426}}");
        NoteRef b = run("{{sfn| Kotkin |2014|p=426|ps=.}}");
        NoteRef c = run("{{sfn|Kotkin|2014|p=427}}");
        assertThat(b.note()).isSameAs(a.note());
        assertThat(c.note()).isNotSameAs(a.note());
        assertThat(context.notes).hasSize(2);
        assertThat(a.note().number()).isEqualTo(1);
        assertThat(c.note().number()).isEqualTo(2);
    }

    @Test
    void emptySfnIsDroppedWithAWarning() {
        TemplateCall call = Calls.parse("{{sfn}}");
        assertThat(new SfnHandler().handle(call, context)).isInstanceOf(TemplateResult.Nothing.class);
        assertThat(context.warnings).hasSize(1);
    }
}
