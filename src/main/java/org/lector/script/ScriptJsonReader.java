package org.lector.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lector.document.Citation;
import org.lector.source.InputException;

/**
 * Reads script.jsonl as {@link ScriptJson} writes it back into the {@link ReadingScript} it was
 * written from. Input is checked as strictly as reading-script.schema.json checks it (unknown
 * fields and types are errors, not skipped, so a misspelt field cannot silently drop data), and
 * every problem is an {@link InputException} with a one-line message naming the line.
 */
public final class ScriptJsonReader {
    /** The name used in messages when the caller gives none. */
    public static final String DEFAULT_NAME = "script.jsonl";

    // duplicate keys and text after the object would otherwise be ignored without a word
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final List<String> BLOCK_TYPES = List.of("paragraph", "quote", "figure", "figure-group", "list",
            "table", "hatnote", "infobox", "formula", "note");

    private final String name;
    private final List<ReadingScript> scripts = new ArrayList<>();
    private Line line;
    private ReadingScript open;
    private final List<Chapter> chapters = new ArrayList<>();
    private Chapter chapter;
    private final List<Section> sections = new ArrayList<>();
    private Section section;
    private final List<ScriptBlock> blocks = new ArrayList<>();

    private ScriptJsonReader(String name) {
        this.name = name;
    }

    /** Reads one script. */
    public static ReadingScript read(Reader in) throws IOException {
        return read(in, DEFAULT_NAME);
    }

    /** Reads one script; {@code name} (the file name) starts every error message. */
    public static ReadingScript read(Reader in, String name) throws IOException {
        List<ReadingScript> all = readAll(in, name);
        if (all.size() != 1) {
            throw new InputException(InputException.Kind.INVALID, name + " holds " + all.size()
                    + " scripts, not one");
        }
        return all.get(0);
    }

    /** Reads every script of a file that holds several one after another, as {@code lector script --json} prints them. */
    public static List<ReadingScript> readAll(Reader in, String name) throws IOException {
        ScriptJsonReader r = new ScriptJsonReader(name);
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        int number = 0;
        for (String text = lines.readLine(); text != null; text = lines.readLine()) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (!text.isBlank()) {
                r.line = new Line(name, number);
                r.accept(r.parse(text));
            }
        }
        if (r.open == null) {
            throw new InputException(InputException.Kind.INVALID, name + " is empty: no script header line");
        }
        r.closeScript();
        return r.scripts;
    }

    private Obj parse(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            throw line.error("not valid JSON" + where + ": " + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        if (!node.isObject()) {
            throw line.error("not a JSON object");
        }
        return new Obj(node, line, null);
    }

    private void accept(Obj o) {
        if (!o.has("type")) {
            throw line.error(o.has("role") && o.has("id")
                    ? "no \"type\": this looks like a version 1 script (written by an older Lector); it must be version "
                    + ReadingScript.VERSION
                    : "no \"type\" field");
        }
        String type = o.string("type");
        o.path = type;
        if (open == null && !type.equals("script")) {
            throw line.error("the first line must be the script header ({\"type\":\"script\",…}), not a " + type + " line");
        }
        switch (type) {
            case "script" -> script(o);
            case "chapter" -> chapter(o);
            case "section" -> section(o);
            default -> {
                if (!BLOCK_TYPES.contains(type)) {
                    throw line.error("unknown block type \"" + type + "\"; known: script, chapter, section, "
                            + String.join(", ", BLOCK_TYPES));
                }
                if (section == null) {
                    throw line.error(type + " line before any section line");
                }
                blocks.add(block(o, type));
            }
        }
        o.finish();
    }

    private void script(Obj o) {
        if (open != null) {
            closeScript();
        }
        int version = o.integer("version");
        if (version != ReadingScript.VERSION) {
            throw line.error("version " + version + " is not supported; this Lector reads version " + ReadingScript.VERSION);
        }
        open = new ReadingScript(version, o.string("title"), o.nullableString("language"),
                o.nullableString("englishVariety"), List.of(), o.strings("warnings"), o.nullableString("date"));
    }

    private void chapter(Obj o) {
        closeChapter();
        chapter = new Chapter(o.integer("number"), o.constant("role", SectionRole.values()), o.string("title"),
                o.nullableString("announced"), o.nullableString("announcement"), List.of());
    }

    private void section(Obj o) {
        if (chapter == null) {
            throw line.error("section line before any chapter line");
        }
        closeSection();
        String id = o.string("id");
        SectionRole role = o.constant("role", SectionRole.values());
        Obj h = o.object("heading");
        if (h == null) {
            throw line.error("section: missing \"heading\"");
        }
        String type = h.string("type");
        if (!type.equals("heading")) {
            throw h.error("\"type\" must be \"heading\", not \"" + type + "\"");
        }
        ScriptBlock.Heading heading = new ScriptBlock.Heading(h.string("id"), h.integer("level"), prose(h));
        h.finish();
        section = new Section(id, role, heading, List.of());
    }

    private ScriptBlock block(Obj o, String type) {
        String id = o.string("id");
        return switch (type) {
            case "paragraph" -> new ScriptBlock.Paragraph(id, prose(o));
            case "quote" -> {
                Prose text = prose(o);
                Obj source = o.object("source");
                yield new ScriptBlock.Quote(id, text, source == null ? Prose.EMPTY : finished(source, prose(source)));
            }
            case "figure" -> figure(o, id);
            case "figure-group" -> {
                Prose text = prose(o);
                List<ScriptBlock.Figure> figures = new ArrayList<>();
                for (Obj f : o.objects("figures")) {
                    String ft = f.string("type");
                    if (!ft.equals("figure")) {
                        throw f.error("\"type\" must be \"figure\", not \"" + ft + "\"");
                    }
                    figures.add(finished(f, figure(f, f.string("id"))));
                }
                yield new ScriptBlock.FigureGroup(id, text, figures);
            }
            case "list" -> {
                List<ScriptBlock.ListItem> items = new ArrayList<>();
                for (Obj i : o.objects("items")) {
                    items.add(finished(i, new ScriptBlock.ListItem(i.string("id"),
                            i.constant("kind", ScriptBlock.ListKind.values()), i.optInt("ordinal", 0),
                            i.optString("term"), i.integer("depth"), prose(i))));
                }
                yield new ScriptBlock.ListBlock(id, items);
            }
            case "table" -> table(o, id);
            case "hatnote" -> {
                // scripts written before hatnotes had kinds have none: the lead tells it
                ScriptBlock.HatnoteKind kind = o.optString("kind").isEmpty() ? null
                        : o.constant("kind", ScriptBlock.HatnoteKind.values());
                String lead = o.optString("lead");
                yield new ScriptBlock.Hatnote(id, kind != null ? kind : ScriptBlock.HatnoteKind.fromLead(lead), lead,
                        prose(o));
            }
            case "infobox" -> {
                Prose text = prose(o);
                List<ScriptBlock.InfoboxEntry> entries = new ArrayList<>();
                for (Obj e : o.objects("entries")) {
                    entries.add(finished(e, new ScriptBlock.InfoboxEntry(e.string("id"), e.optString("label"), prose(e))));
                }
                yield new ScriptBlock.Infobox(id, text, entries);
            }
            case "formula" -> {
                String tex = o.string("tex");
                yield new ScriptBlock.Formula(id, tex, prose(o));
            }
            case "note" -> {
                String label = o.string("label");
                String group = o.optString("group");
                ScriptBlock.NoteKind kind = o.constant("kind", ScriptBlock.NoteKind.values());
                List<Citation> sources = citations(o);
                yield new ScriptBlock.Note(id, label, group, kind, sources, prose(o));
            }
            default -> throw new IllegalStateException("no reader for block type " + type);
        };
    }

    private static ScriptBlock.Figure figure(Obj o, String id) {
        return new ScriptBlock.Figure(id, prose(o), o.optString("description"), o.optString("caption"),
                o.optString("alt"), o.optString("file"), o.nullableString("group"));
    }

    private static ScriptBlock.Table table(Obj o, String id) {
        int rowCount = o.integer("rowCount");
        int columnCount = o.integer("columnCount");
        Prose text = prose(o);
        List<ScriptBlock.Row> rows = new ArrayList<>();
        for (Obj r : o.objects("rows")) {
            String rowId = r.string("id");
            int index = r.integer("index");
            boolean header = r.bool("header");
            Prose rowText = prose(r);
            List<ScriptBlock.Cell> cells = new ArrayList<>();
            for (Obj c : r.objects("cells")) {
                cells.add(finished(c, new ScriptBlock.Cell(c.string("id"), prose(c), c.integer("column"),
                        c.optInt("colspan", 1), c.optInt("rowspan", 1), c.bool("header"),
                        c.has("scope") ? c.constant("scope", ScriptBlock.Scope.values()) : ScriptBlock.Scope.NONE,
                        c.optString("columnHeader"), c.optString("rowHeader"))));
            }
            rows.add(finished(r, new ScriptBlock.Row(rowId, index, header, rowText, cells)));
        }
        return new ScriptBlock.Table(id, text, rowCount, columnCount, rows);
    }

    /** The prose fields of {@code o}, offsets turned from code points back into UTF-16 units. */
    private static Prose prose(Obj o) {
        String text = o.optString("text");
        CodePoints offsets = new CodePoints(text);
        List<Span> spans = new ArrayList<>();
        for (Obj s : o.objects("spans")) {
            SpanKind kind;
            String type = s.string("type");
            try {
                kind = SpanKind.fromJson(type);
            } catch (IllegalArgumentException e) {
                throw s.error(e.getMessage());
            }
            int[] range = range(s, offsets);
            spans.add(finished(s, new Span(kind, range[0], range[1], s.nullableString("value"))));
        }
        List<NoteText> notes = new ArrayList<>();
        for (Obj n : o.objects("notes")) {
            notes.add(finished(n, new NoteText(n.string("label"), n.optString("group"), n.optString("text"), citations(n))));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (Obj s : o.objects("sentences")) {
            String id = s.string("id");
            if (id.isEmpty()) {
                throw s.error("\"id\" is empty");
            }
            int[] range = range(s, offsets);
            sentences.add(finished(s, new Sentence(id, range[0], range[1], s.nullableString("speech"))));
        }
        return new Prose(text, spans, notes, sentences);
    }

    private static int[] range(Obj o, CodePoints offsets) {
        int length = offsets.length();
        int start = o.integer("start");
        int end = o.integer("end");
        if (start < 0 || end < start) {
            throw o.error("bad range [" + start + ", " + end + ")");
        }
        if (end > length) {
            throw o.error("end " + end + " is past the end of the text (" + length + " characters)");
        }
        return new int[] {offsets.utf16(start), offsets.utf16(end)};
    }

    private static List<Citation> citations(Obj o) {
        List<Citation> out = new ArrayList<>();
        for (Obj c : o.objects("sources")) {
            out.add(finished(c, new Citation(c.strings("authors"), c.optString("year"), c.optString("locationKind"),
                    c.optString("location"), c.stringMap("fields"))));
        }
        return out;
    }

    private static <T> T finished(Obj o, T value) {
        o.finish();
        return value;
    }

    private void closeSection() {
        if (section != null) {
            sections.add(new Section(section.id(), section.role(), section.heading(), blocks));
            blocks.clear();
            section = null;
        }
    }

    private void closeChapter() {
        closeSection();
        if (chapter != null) {
            chapters.add(chapter.withSections(sections));
            sections.clear();
            chapter = null;
        }
    }

    private void closeScript() {
        closeChapter();
        scripts.add(open.withChapters(chapters));
        chapters.clear();
        open = null;
    }

    /** Where a line is, for messages. */
    private record Line(String name, int number) {
        InputException error(String message) {
            return new InputException(InputException.Kind.INVALID, name + " line " + number + ": " + message);
        }
    }

    /**
     * A JSON object being read: typed getters that fail with the line and the path to the field
     * ("table.rows[2].cells[0]"), and a check that no field was left unread.
     */
    private static final class Obj {
        private final JsonNode node;
        private final Line line;
        private String path;
        private final Set<String> read = new HashSet<>();

        Obj(JsonNode node, Line line, String path) {
            this.node = node;
            this.line = line;
            this.path = path;
        }

        InputException error(String message) {
            return line.error(path == null ? message : path + ": " + message);
        }

        boolean has(String key) {
            return node.has(key);
        }

        private JsonNode get(String key) {
            read.add(key);
            return node.get(key);
        }

        private JsonNode required(String key) {
            JsonNode v = get(key);
            if (v == null) {
                throw error("missing \"" + key + "\"");
            }
            return v;
        }

        String string(String key) {
            return asString(key, required(key));
        }

        /** A field the model keeps as "" when absent. */
        String optString(String key) {
            JsonNode v = get(key);
            return v == null ? "" : asString(key, v);
        }

        /** A field the model keeps as null when absent. */
        String nullableString(String key) {
            JsonNode v = get(key);
            return v == null ? null : asString(key, v);
        }

        private String asString(String key, JsonNode v) {
            if (!v.isTextual()) {
                throw error("\"" + key + "\" must be a string, not " + v);
            }
            return v.textValue();
        }

        int integer(String key) {
            return asInt(key, required(key));
        }

        int optInt(String key, int absent) {
            JsonNode v = get(key);
            return v == null ? absent : asInt(key, v);
        }

        private int asInt(String key, JsonNode v) {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw error("\"" + key + "\" must be a whole number, not " + v);
            }
            return v.intValue();
        }

        boolean bool(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return false;
            }
            if (!v.isBoolean()) {
                throw error("\"" + key + "\" must be true or false, not " + v);
            }
            return v.booleanValue();
        }

        /** An enum constant by its script.jsonl name ("see-also"). */
        <E extends Enum<E>> E constant(String key, E[] values) {
            String name = string(key);
            List<String> known = new ArrayList<>();
            for (E e : values) {
                if (ScriptJson.jsonName(e).equals(name)) {
                    return e;
                }
                known.add(ScriptJson.jsonName(e));
            }
            throw error("unknown " + key + " \"" + name + "\"; known: " + String.join(", ", known));
        }

        Obj object(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return null;
            }
            if (!v.isObject()) {
                throw error("\"" + key + "\" must be an object, not " + v);
            }
            return new Obj(v, line, child(key));
        }

        List<Obj> objects(String key) {
            List<Obj> out = new ArrayList<>();
            JsonNode a = array(key);
            for (int i = 0; i < a.size(); i++) {
                if (!a.get(i).isObject()) {
                    throw error("\"" + key + "\" must hold objects, not " + a.get(i));
                }
                out.add(new Obj(a.get(i), line, child(key) + "[" + i + "]"));
            }
            return out;
        }

        List<String> strings(String key) {
            List<String> out = new ArrayList<>();
            for (JsonNode v : array(key)) {
                if (!v.isTextual()) {
                    throw error("\"" + key + "\" must hold strings, not " + v);
                }
                out.add(v.textValue());
            }
            return out;
        }

        Map<String, String> stringMap(String key) {
            Obj o = object(key);
            Map<String, String> out = new LinkedHashMap<>();
            if (o != null) {
                for (Iterator<String> names = o.node.fieldNames(); names.hasNext(); ) {
                    String name = names.next();
                    out.put(name, o.string(name));
                }
            }
            return out;
        }

        private JsonNode array(String key) {
            JsonNode v = get(key);
            if (v == null) {
                return MAPPER.createArrayNode();
            }
            if (!v.isArray()) {
                throw error("\"" + key + "\" must be an array, not " + v);
            }
            return v;
        }

        private String child(String key) {
            return path == null ? key : path + "." + key;
        }

        /** Fails on a field no getter asked for: misspelt, or from another version. */
        void finish() {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!read.contains(name)) {
                    throw error("unknown field \"" + name + "\"");
                }
            }
        }
    }
}
