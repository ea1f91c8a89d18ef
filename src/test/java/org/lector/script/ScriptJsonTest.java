package org.lector.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lector.document.Citation;
import org.lector.script.ScriptBlock.Cell;
import org.lector.script.ScriptBlock.Figure;
import org.lector.script.ScriptBlock.FigureGroup;
import org.lector.script.ScriptBlock.Formula;
import org.lector.script.ScriptBlock.Hatnote;
import org.lector.script.ScriptBlock.Heading;
import org.lector.script.ScriptBlock.Infobox;
import org.lector.script.ScriptBlock.InfoboxEntry;
import org.lector.script.ScriptBlock.ListBlock;
import org.lector.script.ScriptBlock.ListItem;
import org.lector.script.ScriptBlock.ListKind;
import org.lector.script.ScriptBlock.Note;
import org.lector.script.ScriptBlock.NoteKind;
import org.lector.script.ScriptBlock.Paragraph;
import org.lector.script.ScriptBlock.Quote;
import org.lector.script.ScriptBlock.Row;
import org.lector.script.ScriptBlock.Scope;
import org.lector.script.ScriptBlock.Table;

class ScriptJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A script with every block kind, span kind and optional field, astral characters and empty-range sentences. */
    static ReadingScript sample() {
        Citation kotkin = new Citation(List.of("Kotkin"), "2014", "p", "426",
                Map.of("title", "Stalin", "publisher", "Penguin"));
        NoteText note1 = new NoteText("1", "", "Kotkin 2014, p. 426.", List.of(kotkin));
        NoteText noteA = new NoteText("a", "lower-alpha", "A side remark.", List.of());

        String title = "Café 😀";
        Heading t = new Heading("t", 1, new Prose(title, List.of(), List.of(), List.of(whole("t.1", title, "Café smiley."))));

        String hat = "Main article: Coffee 𝔸";
        Hatnote hatnote = new Hatnote("s0.n1", ScriptBlock.HatnoteKind.MAIN, "Main article", new Prose(hat, List.of(span(SpanKind.LINK, hat, "Coffee 𝔸", "Coffee 𝔸")),
                List.of(), List.of(whole("s0.n1.1", hat, "Main article: Coffee A."))));

        Infobox infobox = new Infobox("s0.i1", Prose.plain("Café"), List.of(
                new InfoboxEntry("s0.i1.e1", "Founded", new Prose("1890", List.of(), List.of(),
                        List.of(whole("s0.i1.e1.1", "1890", "Founded: eighteen ninety.")))),
                new InfoboxEntry("s0.i1.e2", "", Prose.plain("Menu"))));

        String p = "The 😀 sign costs 1015 €, like H2O in Paris. Small code x=1.";
        Paragraph paragraph = new Paragraph("s0.p1", new Prose(p, List.of(
                span(SpanKind.ITALIC, p, "sign", null),
                span(SpanKind.BOLD, p, "costs", null),
                new Span(SpanKind.SUPERSCRIPT, p.indexOf("1015") + 2, p.indexOf("1015") + 4, null),
                new Span(SpanKind.SUBSCRIPT, p.indexOf("H2O") + 1, p.indexOf("H2O") + 2, null),
                span(SpanKind.LANG, p, "Paris", "fr"),
                ref(p, "Paris.", "1"),
                span(SpanKind.SMALL_CAPS, p, "Small", null),
                span(SpanKind.CODE, p, "x=1", null),
                span(SpanKind.FORMULA, p, "x=1", "x=1")),
                List.of(note1),
                List.of(new Sentence("s0.p1.1", 0, p.indexOf(" Small"), "The smiley sign costs ten to the fifteen euros. Note one."),
                        new Sentence("s0.p1.2", p.indexOf("Small"), p.length(), ""))));

        String q = "Access to communication is access to knowledge.";
        String src = "Louis Braille, 1841";
        Quote quote = new Quote("s0.q1", new Prose(q, List.of(), List.of(), List.of(whole("s0.q1.1", q, "Quotation: " + q))),
                new Prose(src, List.of(ref(src, src, "a")), List.of(noteA), List.of(whole("s0.q1.2", src, null))));

        Figure house = new Figure("s0.f1", new Prose("The house", List.of(), List.of(), List.of(whole("s0.f1.1", "The house", "Image: A house."))),
                "A house", "The house", "A house", "House.jpg", null);
        Figure left = new Figure("s0.g1.f1", Prose.plain("Left"), "Left", "", "", "L.png", "s0.g1");
        Figure right = new Figure("s0.g1.f2", Prose.plain("Right"), "Right", "", "", "R.png", "s0.g1");
        FigureGroup group = new FigureGroup("s0.g1", new Prose("", List.of(), List.of(),
                List.of(new Sentence("s0.g1.1", 0, 0, "Group of two images."))), List.of(left, right));

        Section lead = new Section("s0", SectionRole.LEAD, t, List.of(hatnote, infobox, paragraph, quote, house, group));
        Chapter one = new Chapter(1, SectionRole.LEAD, title, "t", "Café smiley.", List.of(lead));

        String h1 = "History";
        Heading history = new Heading("s1.h", 2, new Prose(h1, List.of(), List.of(), List.of(whole("s1.h.1", h1, "History."))));
        ListBlock list = new ListBlock("s1.l1", List.of(
                new ListItem("s1.l1.i1", ListKind.ORDERED, 1, "", 1, Prose.plain("First")),
                new ListItem("s1.l1.i2", ListKind.ORDERED, 2, "", 2, Prose.plain("Second 𝔸")),
                new ListItem("s1.l1.i3", ListKind.BULLET, 0, "", 1, Prose.plain("Dot")),
                new ListItem("s1.l1.i4", ListKind.DEFINITION, 0, "Term", 1,
                        new Prose("Term: meaning", List.of(span(SpanKind.BOLD, "Term: meaning", "Term", null)), List.of(), List.of()))));
        Table table = new Table("s1.t1", Prose.plain("Prices"), 3, 2, List.of(
                new Row("s1.t1.r1", 1, true, new Prose("", List.of(), List.of(), List.of(new Sentence("s1.t1.r1.1", 0, 0, "Columns: Year, Price."))),
                        List.of(new Cell("s1.t1.r1.c1", Prose.plain("Year"), 1, 1, 1, true, Scope.COLUMN, "", ""),
                                new Cell("s1.t1.r1.c2", Prose.plain("Price"), 2, 1, 1, true, Scope.COLUMN, "", ""))),
                new Row("s1.t1.r3", 3, false, new Prose("", List.of(), List.of(), List.of(new Sentence("s1.t1.r3.1", 0, 0, "Row two."))),
                        List.of(new Cell("s1.t1.r3.c1", Prose.plain("1890"), 1, 1, 2, true, Scope.ROW, "Year", ""),
                                new Cell("s1.t1.r3.c2", Prose.plain("2 €\nor less"), 2, 2, 1, false, Scope.NONE, "Price", "1890")))));
        Formula formula = new Formula("s1.f1", "E=mc^2", new Prose("E=mc^2", List.of(new Span(SpanKind.FORMULA, 0, 6, "E=mc^2")), List.of(),
                List.of(whole("s1.f1.1", "E=mc^2", "E equals m c squared."))));
        Section body = new Section("s1", SectionRole.BODY, history, List.of(list, table, formula));
        Heading legacy = new Heading("s2.h", 3, new Prose("Legacy", List.of(), List.of(), List.of(whole("s2.h.1", "Legacy", null))));
        Section sub = new Section("s2", SectionRole.BODY, legacy, List.of(new Paragraph("s2.p1", Prose.EMPTY)));
        Chapter two = new Chapter(2, SectionRole.BODY, h1, "s1.h", "Chapter two: History.", List.of(body, sub));

        Heading notesHeading = new Heading("notes.h", 2, new Prose("Notes", List.of(), List.of(), List.of(whole("notes.h.1", "Notes", ""))));
        Note n1 = new Note("notes.1", "1", "", NoteKind.CITATION, List.of(kotkin, new Citation(List.of(), null, null, null, Map.of())),
                new Prose(note1.text(), List.of(), List.of(), List.of(whole("notes.1.1", note1.text(), ""))));
        String na = "A side remark, after Kotkin.";
        Note nA = new Note("notes.a", "a", "lower-alpha", NoteKind.EXPLANATORY, List.of(),
                new Prose(na, List.of(ref(na, na, "1")), List.of(note1), List.of(whole("notes.a.1", na, ""))));
        Section notes = new Section("notes", SectionRole.NOTES, notesHeading, List.of(n1, nA));
        Chapter three = new Chapter(3, SectionRole.NOTES, "Notes", "notes.h", null, List.of(notes));

        return new ReadingScript(ReadingScript.VERSION, title, "en", null, List.of(one, two, three),
                List.of("a warning", "another \"quoted\" warning"));
    }

    static Span span(SpanKind kind, String text, String part, String value) {
        int at = text.indexOf(part);
        return new Span(kind, at, at + part.length(), value);
    }

    /** A note reference right after {@code after}. */
    static Span ref(String text, String after, String label) {
        int at = text.indexOf(after) + after.length();
        return new Span(SpanKind.NOTEREF, at, at, label);
    }

    static Sentence whole(String id, String text, String speech) {
        return new Sentence(id, 0, text.length(), speech);
    }

    static ReadingScript roundTrip(ReadingScript script) throws Exception {
        StringWriter out = new StringWriter();
        ScriptJson.write(script, out);
        return ScriptJsonReader.read(new StringReader(out.toString()));
    }

    static ReadingScript oneParagraph(Paragraph p) {
        Heading t = new Heading("t", 1, Prose.plain("T"));
        return new ReadingScript(ReadingScript.VERSION, "T", "en", null,
                List.of(new Chapter(1, SectionRole.LEAD, "T", "t", null, List.of(new Section("s0", SectionRole.LEAD, t, List.of(p))))),
                List.of());
    }

    @Test
    void writingAndReadingGivesAnEqualScript() throws Exception {
        ReadingScript script = sample();
        assertThat(roundTrip(script)).isEqualTo(script);
    }

    @Test
    void nullAndEmptyStayApart() throws Exception {
        Paragraph p = new Paragraph("s0.p1", new Prose("A. B.", List.of(new Span(SpanKind.LANG, 0, 2, "")), List.of(),
                List.of(new Sentence("s0.p1.1", 0, 2, null), new Sentence("s0.p1.2", 3, 5, ""))));
        ReadingScript script = new ReadingScript(ReadingScript.VERSION, "T", null, "", oneParagraph(p).chapters(), List.of());
        ReadingScript back = roundTrip(script);
        assertThat(back).isEqualTo(script);
        Prose text = ((Paragraph) back.chapters().get(0).sections().get(0).blocks().get(0)).text();
        assertThat(text.sentences()).extracting(Sentence::speech).containsExactly(null, "");
        assertThat(text.spans().get(0).value()).isEmpty();
        assertThat(back.language()).isNull();
        assertThat(back.englishVariety()).isEmpty();
    }

    @Test
    void offsetsAreCodePointsInJsonAndUtf16InJava() throws Exception {
        // "😀" is outside the Basic Multilingual Plane: two UTF-16 units, one character
        String text = "😀 a word";
        Paragraph p = new Paragraph("s0.p1", new Prose(text, List.of(new Span(SpanKind.ITALIC, 5, 9, null), ref(text, text, "1")),
                List.of(), List.of(new Sentence("s0.p1.1", 0, 9, "A word."), new Sentence("s0.p1.2", 9, 9, "Note one."))));
        List<String> lines = ScriptJson.lines(oneParagraph(p));
        JsonNode json = JSON.readTree(lines.get(lines.size() - 1));
        assertThat(json.get("spans").get(0).get("start").asInt()).isEqualTo(4);
        assertThat(json.get("spans").get(0).get("end").asInt()).isEqualTo(8);
        assertThat(json.get("spans").get(1).get("start").asInt()).isEqualTo(8);
        assertThat(json.get("sentences").get(0).get("end").asInt()).isEqualTo(8);
        assertThat(json.get("sentences").get(1).get("start").asInt()).isEqualTo(8);
        String back = json.get("text").asText();
        assertThat(back.codePointCount(0, back.length())).isEqualTo(8);

        ReadingScript read = roundTrip(oneParagraph(p));
        Prose prose = read.chapters().get(0).sections().get(0).blocks().get(0).text();
        assertThat(prose.spans().get(0)).isEqualTo(new Span(SpanKind.ITALIC, 5, 9, null));
        assertThat(prose.text(prose.sentences().get(0))).isEqualTo(text);
    }

    @Test
    void linesAreHeaderChapterSectionThenBlocks() throws Exception {
        List<String> types = ScriptJson.lines(sample()).stream().map(l -> type(l)).toList();
        assertThat(types).containsExactly("script",
                "chapter", "section", "hatnote", "infobox", "paragraph", "quote", "figure", "figure-group",
                "chapter", "section", "list", "table", "formula", "section", "paragraph",
                "chapter", "section", "note", "note");
        assertThat(ScriptJson.lines(sample()).get(0)).isEqualTo("{\"type\":\"script\",\"version\":2,\"title\":\"Café 😀\","
                + "\"language\":\"en\",\"warnings\":[\"a warning\",\"another \\\"quoted\\\" warning\"]}");
    }

    private static String type(String line) {
        try {
            return JSON.readTree(line).get("type").asText();
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    @Test
    void fieldsAtTheirDefaultAreLeftOut() throws Exception {
        List<String> lines = ScriptJson.lines(sample());
        assertThat(lines).contains("{\"type\":\"paragraph\",\"id\":\"s2.p1\"}");
        assertThat(lines).contains("{\"type\":\"chapter\",\"number\":3,\"role\":\"notes\",\"title\":\"Notes\",\"announced\":\"notes.h\"}");
        JsonNode table = JSON.readTree(lines.stream().filter(l -> type(l).equals("table")).findFirst().orElseThrow());
        JsonNode header = table.get("rows").get(0).get("cells").get(0);
        assertThat(header.fieldNames()).toIterable().containsExactly("id", "column", "header", "scope", "text");
        JsonNode data = table.get("rows").get(1).get("cells").get(1);
        assertThat(data.fieldNames()).toIterable()
                .containsExactly("id", "column", "colspan", "columnHeader", "rowHeader", "text");
    }

    @Test
    void outputIsTheSameWhateverTheOrderOfAMap() throws Exception {
        Map<String, String> ab = new LinkedHashMap<>();
        ab.put("a", "1");
        ab.put("b", "2");
        Map<String, String> ba = new HashMap<>();
        ba.put("b", "2");
        ba.put("a", "1");
        assertThat(ScriptJson.lines(withCitationFields(ab))).isEqualTo(ScriptJson.lines(withCitationFields(ba)));
        assertThat(String.join("\n", ScriptJson.lines(withCitationFields(ba)))).contains("\"fields\":{\"a\":\"1\",\"b\":\"2\"}");
    }

    private static ReadingScript withCitationFields(Map<String, String> fields) {
        Citation c = new Citation(List.of("A", "B"), "2000", "", "", fields);
        return oneParagraph(new Paragraph("s0.p1", new Prose("x", List.of(), List.of(new NoteText("1", "", "n", List.of(c))), List.of())));
    }

    @Test
    void anOffsetInsideASurrogatePairIsRefused() {
        Paragraph p = new Paragraph("s0.p1", new Prose("😀", List.of(new Span(SpanKind.ITALIC, 1, 2, null)), List.of(), List.of()));
        assertThatThrownBy(() -> ScriptJson.lines(oneParagraph(p)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("s0.p1: offset 1 splits a surrogate pair");
    }

    @Test
    void aNullWhereTheModelWantsEmptyIsRefused() {
        Figure f = new Figure("s0.f1", Prose.plain("x"), "x", null, "", "x.png", null);
        ReadingScript s = oneParagraph(new Paragraph("s0.p1", Prose.EMPTY));
        Section withFigure = new Section("s0", SectionRole.LEAD, s.sections().get(0).heading(), List.of(f));
        ReadingScript bad = s.withChapters(List.of(s.chapters().get(0).withSections(List.of(withFigure))));
        assertThatThrownBy(() -> ScriptJson.lines(bad)).hasMessageContaining("s0.f1: caption is null");
    }

    @Test
    void aScriptHeaderIsRecognisedFromTheFirstLine() {
        assertThat(ScriptJson.looksLikeScript(ScriptJson.lines(sample()).get(0))).isTrue();
        assertThat(ScriptJson.looksLikeScript("\uFEFF{\"type\":\"script\",\"version\":2}")).isTrue();
        assertThat(ScriptJson.looksLikeScript("{\"id\":\"t\",\"role\":\"TITLE\",\"text\":\"Old\"}")).isFalse();
        assertThat(ScriptJson.looksLikeScript("'''Louis Braille''' was a {{lang|fr|teacher}}")).isFalse();
        assertThat(ScriptJson.looksLikeScript("{{Infobox person")).isFalse();
        assertThat(ScriptJson.looksLikeScript("<mediawiki xmlns=\"…\">")).isFalse();
        assertThat(ScriptJson.looksLikeScript("")).isFalse();
    }

    @Test
    void theSchemaIsOnTheClassPath() throws Exception {
        JsonNode schema = JSON.readTree(ScriptJson.schema());
        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$defs").get("script").get("properties").get("version").get("const").asInt())
                .isEqualTo(ReadingScript.VERSION);
    }
}
