package org.lector.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.lector.source.InputException;

class ScriptJsonReaderTest {
    private static final String HEADER = "{\"type\":\"script\",\"version\":2,\"title\":\"T\"}";
    private static final String CHAPTER = "{\"type\":\"chapter\",\"number\":1,\"role\":\"lead\",\"title\":\"T\"}";
    private static final String SECTION = "{\"type\":\"section\",\"id\":\"s0\",\"role\":\"lead\","
            + "\"heading\":{\"type\":\"heading\",\"id\":\"t\",\"level\":1,\"text\":\"T\"}}";

    private static ReadingScript read(String... lines) throws Exception {
        return ScriptJsonReader.read(new StringReader(String.join("\n", lines)));
    }

    /** The error for the given lines after a valid header, chapter and section (the bad line is line 4). */
    private static AbstractThrowableAssert<?, ? extends Throwable> afterSection(String... lines) {
        List<String> all = new ArrayList<>(List.of(HEADER, CHAPTER, SECTION));
        all.addAll(List.of(lines));
        return failure(all.toArray(String[]::new));
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> failure(String... lines) {
        return assertThatThrownBy(() -> read(lines))
                .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.kind()).isEqualTo(InputException.Kind.INVALID))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aMinimalScriptReads() throws Exception {
        ReadingScript s = read(HEADER, CHAPTER, SECTION, "{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"text\":\"Hi.\"}", "");
        assertThat(s.title()).isEqualTo("T");
        assertThat(s.blocks()).extracting(ScriptBlock::id).containsExactly("t", "s0.p1");
        assertThat(s.blocks().get(1).text()).isEqualTo(Prose.plain("Hi."));
    }

    @Test
    void aHatnoteKeepsItsKindAndOneWrittenBeforeKindsTakesItFromItsLead() throws Exception {
        ReadingScript s = read(HEADER, CHAPTER, SECTION,
                "{\"type\":\"hatnote\",\"id\":\"s0.a1\",\"kind\":\"see-also\",\"lead\":\"See also\",\"text\":\"See also: X\"}",
                "{\"type\":\"hatnote\",\"id\":\"s0.a2\",\"text\":\"For other uses, see X (disambiguation).\"}",
                "{\"type\":\"hatnote\",\"id\":\"s0.a3\",\"lead\":\"Main article\",\"text\":\"Main article: Y\"}");
        assertThat(s.blocks()).filteredOn(ScriptBlock.Hatnote.class::isInstance).map(b -> ((ScriptBlock.Hatnote) b).kind())
                .containsExactly(ScriptBlock.HatnoteKind.SEE_ALSO, ScriptBlock.HatnoteKind.DISAMBIGUATION,
                        ScriptBlock.HatnoteKind.MAIN);
        afterSection("{\"type\":\"hatnote\",\"id\":\"s0.a1\",\"kind\":\"dab\"}")
                .hasMessageContaining("unknown kind \"dab\"; known: disambiguation, main, see-also, further");
    }

    @Test
    void aByteOrderMarkAndBlankLinesAreAccepted() throws Exception {
        assertThat(read("\uFEFF" + HEADER, "", CHAPTER, "  ", SECTION, "").chapters()).hasSize(1);
    }

    @Test
    void anUnknownBlockTypeIsNamedWithItsLine() {
        afterSection("{\"type\":\"paragrph\",\"id\":\"s0.p1\"}")
                .hasMessageStartingWith("script.jsonl line 4: unknown block type \"paragrph\"; known: script, chapter, section, paragraph");
    }

    @Test
    void theFileNameGivenStartsTheMessage() {
        assertThatThrownBy(() -> ScriptJsonReader.read(new StringReader(HEADER + "\n{\"type\":\"x\"}"), "out/louis.jsonl"))
                .hasMessageStartingWith("out/louis.jsonl line 2: unknown block type \"x\"");
    }

    @Test
    void anotherVersionIsRefused() {
        failure("{\"type\":\"script\",\"version\":3,\"title\":\"T\",\"newField\":1}")
                .hasMessage("script.jsonl line 1: version 3 is not supported; this Lector reads version 2");
    }

    @Test
    void aVersionOneScriptIsRecognised() {
        failure("{\"id\":\"t\",\"role\":\"TITLE\",\"text\":\"Louis Braille\"}")
                .hasMessageContaining("line 1: no \"type\": this looks like a version 1 script");
    }

    @Test
    void theHeaderMustComeFirst() {
        failure(CHAPTER).hasMessage("script.jsonl line 1: the first line must be the script header "
                + "({\"type\":\"script\",…}), not a chapter line");
    }

    @Test
    void linesMustNestInOrder() {
        failure(HEADER, SECTION).hasMessage("script.jsonl line 2: section line before any chapter line");
        failure(HEADER, CHAPTER, "{\"type\":\"paragraph\",\"id\":\"p\"}")
                .hasMessage("script.jsonl line 3: paragraph line before any section line");
    }

    @Test
    void brokenJsonIsReported() {
        afterSection("{\"type\":\"paragraph\",\"id\":}").hasMessageStartingWith("script.jsonl line 4: not valid JSON at column");
        afterSection("[1, 2]").hasMessage("script.jsonl line 4: not a JSON object");
        afterSection("{\"type\":\"paragraph\",\"id\":\"a\"} {}").hasMessageStartingWith("script.jsonl line 4: not valid JSON");
        afterSection("{\"type\":\"paragraph\",\"id\":\"a\",\"id\":\"b\"}")
                .hasMessageContaining("line 4: not valid JSON").hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void aMisspeltFieldIsAnError() {
        afterSection("{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"txt\":\"Hi.\"}")
                .hasMessage("script.jsonl line 4: paragraph: unknown field \"txt\"");
        afterSection("{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"text\":\"Hi.\",\"spans\":[{\"type\":\"bold\",\"start\":0,\"end\":1,\"vaule\":\"x\"}]}")
                .hasMessage("script.jsonl line 4: paragraph.spans[0]: unknown field \"vaule\"");
        failure(HEADER, CHAPTER, "{\"type\":\"section\",\"id\":\"s0\",\"role\":\"lead\","
                + "\"heading\":{\"type\":\"heading\",\"id\":\"t\",\"level\":1,\"txt\":\"T\"}}")
                .hasMessage("script.jsonl line 3: section.heading: unknown field \"txt\"");
    }

    @Test
    void missingAndMistypedFieldsAreNamedWithTheirPath() {
        afterSection("{\"type\":\"paragraph\"}").hasMessage("script.jsonl line 4: paragraph: missing \"id\"");
        afterSection("{\"type\":\"table\",\"id\":\"s0.t1\",\"rowCount\":1,\"columnCount\":1,"
                + "\"rows\":[{\"id\":\"r\",\"index\":1,\"cells\":[{\"id\":\"c\"}]}]}")
                .hasMessage("script.jsonl line 4: table.rows[0].cells[0]: missing \"column\"");
        afterSection("{\"type\":\"heading\",\"id\":\"x\"}").hasMessageStartingWith("script.jsonl line 4: unknown block type \"heading\"");
        afterSection("{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"text\":\"Hi.\",\"sentences\":[{\"id\":\"a\",\"start\":\"0\",\"end\":1}]}")
                .hasMessage("script.jsonl line 4: paragraph.sentences[0]: \"start\" must be a whole number, not \"0\"");
        afterSection("{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"text\":\"Hi.\",\"sentences\":[{\"id\":\"a\",\"start\":0,\"end\":1.5}]}")
                .hasMessage("script.jsonl line 4: paragraph.sentences[0]: \"end\" must be a whole number, not 1.5");
        afterSection("{\"type\":\"note\",\"id\":\"n\",\"label\":\"1\",\"kind\":\"citation\",\"sources\":{}}")
                .hasMessage("script.jsonl line 4: note: \"sources\" must be an array, not {}");
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        failure(HEADER, "{\"type\":\"chapter\",\"number\":1,\"role\":\"bdy\",\"title\":\"T\"}")
                .hasMessage("script.jsonl line 2: chapter: unknown role \"bdy\"; known: lead, body, see-also, references, "
                        + "further-reading, external-links, notes");
        afterSection("{\"type\":\"paragraph\",\"id\":\"p\",\"text\":\"x\",\"spans\":[{\"type\":\"underline\",\"start\":0,\"end\":1}]}")
                .hasMessageStartingWith("script.jsonl line 4: paragraph.spans[0]: unknown span type \"underline\"");
    }

    @Test
    void offsetsMustFitTheText() {
        // "😀!" is two characters (code points) though three UTF-16 units
        afterSection("{\"type\":\"paragraph\",\"id\":\"p\",\"text\":\"😀!\",\"spans\":[{\"type\":\"bold\",\"start\":0,\"end\":3}]}")
                .hasMessage("script.jsonl line 4: paragraph.spans[0]: end 3 is past the end of the text (2 characters)");
        afterSection("{\"type\":\"paragraph\",\"id\":\"p\",\"text\":\"ab\",\"sentences\":[{\"id\":\"p.1\",\"start\":2,\"end\":1}]}")
                .hasMessage("script.jsonl line 4: paragraph.sentences[0]: bad range [2, 1)");
    }

    @Test
    void emptyInputIsNotAScript() {
        failure("").hasMessage("script.jsonl is empty: no script header line");
    }

    @Test
    void severalScriptsReadWithReadAll() throws Exception {
        String two = String.join("\n", ScriptJson.lines(ScriptJsonTest.sample())) + "\n" + HEADER + "\n";
        List<ReadingScript> all = ScriptJsonReader.readAll(new StringReader(two), "out.jsonl");
        assertThat(all).containsExactly(ScriptJsonTest.sample(),
                new ReadingScript(ReadingScript.VERSION, "T", null, null, List.of(), List.of()));
        assertThatThrownBy(() -> ScriptJsonReader.read(new StringReader(two), "out.jsonl"))
                .isInstanceOf(InputException.class).hasMessage("out.jsonl holds 2 scripts, not one");
    }
}
