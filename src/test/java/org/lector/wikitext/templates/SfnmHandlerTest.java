package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.document.NoteRef;

class SfnmHandlerTest {
    private final FakeContext context = new FakeContext();
    private final SfnmHandler handler = new SfnmHandler();

    private NoteRef run(String wikitext) {
        TemplateResult r = handler.handle(Calls.parse(wikitext), context);
        return (NoteRef) ((TemplateResult.Inlines) r).content().get(0);
    }

    private static String text(NoteRef ref) {
        return FakeContext.print(ref.note().content());
    }

    @Test
    void namedSources() {
        NoteRef ref = run("{{sfnm|1a1=Conquest|1y=1991|1p=104|2a1=Montefiore|2y=2003|2p=30}}");
        assertThat(text(ref)).isEqualTo("Conquest 1991, p. 104; Montefiore 2003, p. 30.");
        assertThat(ref.note().citations()).hasSize(2);
        assertThat(ref.note().citations().get(1).authors()).containsExactly("Montefiore");
        assertThat(ref.note().citations().get(1).location()).isEqualTo("30");
    }

    @Test
    void threeSourcesWithRangesAndCoAuthors() {
        assertThat(text(run("{{sfnm|1a1=Conquest|1y=1991|1p=104|2a1=Montefiore|2y=2003|2p=30|3a1=Service|3y=2004"
                + "|3pp=222–224}}"))).isEqualTo("Conquest 1991, p. 104; Montefiore 2003, p. 30; Service 2004, pp. 222–224.");
        assertThat(text(run("{{sfnm|1a1=Smith|1a2=Jones|1y=2001|1loc=ch. 2|2a1=Brown|2y=2002}}")))
                .isEqualTo("Smith & Jones 2001, ch. 2; Brown 2002.");
    }

    @Test
    void positionalPairs() {
        assertThat(text(run("{{sfnm|Smith|2001|Jones|2002|2p=7}}"))).isEqualTo("Smith 2001; Jones 2002, p. 7.");
    }

    @Test
    void sfnmpAndPostscripts() {
        assertThat(text(run("{{sfnmp|1a1=Smith|1y=2001|1p=3|2a1=Jones|2y=2002}}")))
                .isEqualTo("Smith (2001), p. 3; Jones (2002).");
        assertThat(text(run("{{sfnm|1a1=Smith|1y=2001|1ps=: a comment|2a1=Jones|2y=2002|ps=none}}")))
                .isEqualTo("Smith 2001: a comment; Jones 2002");
    }

    @Test
    void identicalSfnmsMerge() {
        NoteRef a = run("{{sfnm|1a1=Service|1y=2004|1pp=240–243|2a1=Khlevniuk|2y=2015|2pp=82–83}}");
        NoteRef b = run("{{sfnm|1a1=Service|1y=2004|1pp=240–243|2a1=Khlevniuk|2y=2015|2pp=82–83}}");
        assertThat(b.note()).isSameAs(a.note());
    }
}
