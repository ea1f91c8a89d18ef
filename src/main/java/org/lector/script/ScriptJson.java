package org.lector.script;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.lector.document.Citation;

/**
 * Writes the reading script as script.jsonl, format version {@value ReadingScript#VERSION}: a
 * header line, then for each chapter a chapter line, for each section a section line carrying its
 * heading, and one line per block; reading-script.schema.json describes one line.
 *
 * <p>The output is byte-for-byte deterministic: keys in a fixed order, maps sorted, integers only.
 * A field at its default is left out, so lines stay short and the reader can restore it: strings
 * the model keeps as "" when absent, false, empty arrays, ordinal 0, colspan and rowspan 1, scope
 * "none"; fields the model keeps as null when absent (speech, a figure's group, a span's value, a
 * chapter's announcement) are left out when null and written when "". Offsets are
 * Unicode code points, as Python and JavaScript's {@code Array.from} count characters; in Java
 * they are UTF-16 units.
 */
public final class ScriptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = "reading-script.schema.json";

    private ScriptJson() {
    }

    /** Takes the script's lines one at a time. */
    public interface LineSink {
        void line(String line) throws IOException;
    }

    /** The script's lines, without line ends. */
    public static List<String> lines(ReadingScript script) {
        List<String> out = new ArrayList<>();
        try {
            eachLine(script, out::add);
        } catch (IOException e) {
            throw new UncheckedIOException("a list cannot fail to take a line", e);
        }
        return out;
    }

    /**
     * Hands the script's lines, without line ends, to {@code sink} as each is made, so a long
     * script is never held as text all at once.
     */
    public static void eachLine(ReadingScript script, LineSink sink) throws IOException {
        if (script.version() != ReadingScript.VERSION) {
            throw new IllegalArgumentException("cannot write a version " + script.version()
                    + " script as format version " + ReadingScript.VERSION);
        }
        sink.line(text(header(script)));
        for (Chapter c : script.chapters()) {
            sink.line(text(chapter(c)));
            for (Section s : c.sections()) {
                sink.line(text(section(s)));
                for (ScriptBlock b : s.blocks()) {
                    sink.line(text(block(b)));
                }
            }
        }
    }

    /** Writes the script as script.jsonl, each line ended by "\n". */
    public static void write(ReadingScript script, Writer out) throws IOException {
        eachLine(script, line -> {
            out.write(line);
            out.write('\n');
        });
    }

    /** Whether a file whose first line this is holds a reading script (its header), not wikitext or XML. */
    public static boolean looksLikeScript(String firstLine) {
        String line = firstLine.startsWith("\uFEFF") ? firstLine.substring(1) : firstLine;
        if (!line.stripLeading().startsWith("{")) {
            return false;
        }
        try {
            JsonNode node = MAPPER.readTree(line);
            return node.isObject() && "script".equals(node.path("type").textValue());
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** The JSON Schema (draft 2020-12) of one script.jsonl line. */
    public static String schema() {
        try (InputStream in = ScriptJson.class.getResourceAsStream(SCHEMA)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "see-also" for SEE_ALSO: the name an enum constant has in script.jsonl. */
    static String jsonName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String text(ObjectNode o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise script line " + o.path("id"), e);
        }
    }

    private static ObjectNode header(ReadingScript s) {
        ObjectNode o = typed("script");
        o.put("version", ReadingScript.VERSION);
        putRequired(o, "title", s.title());
        putNullable(o, "language", s.language());
        putNullable(o, "englishVariety", s.englishVariety());
        putNullable(o, "date", s.date());
        putStrings(o, "warnings", s.warnings());
        return o;
    }

    private static ObjectNode chapter(Chapter c) {
        ObjectNode o = typed("chapter");
        o.put("number", c.number());
        o.put("role", jsonName(c.role()));
        putRequired(o, "title", c.title());
        putNullable(o, "announced", c.announced());
        putNullable(o, "announcement", c.announcement());
        return o;
    }

    private static ObjectNode section(Section s) {
        ObjectNode o = typed("section");
        putRequired(o, "id", s.id());
        o.put("role", jsonName(s.role()));
        o.set("heading", block(s.heading()));
        return o;
    }

    static ObjectNode block(ScriptBlock block) {
        return block.accept(new BlockJson());
    }

    private static ObjectNode typed(String type) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", type);
        return o;
    }

    /** One object per block kind; key order: type, id, the kind's fields, the prose, then the parts. */
    private static final class BlockJson implements ScriptBlock.Visitor<ObjectNode> {
        private static ObjectNode start(String type, String id) {
            ObjectNode o = typed(type);
            putRequired(o, "id", id);
            return o;
        }

        @Override
        public ObjectNode heading(ScriptBlock.Heading h) {
            ObjectNode o = start("heading", h.id());
            o.put("level", h.level());
            return prose(o, h.text(), h.id());
        }

        @Override
        public ObjectNode paragraph(ScriptBlock.Paragraph p) {
            return prose(start("paragraph", p.id()), p.text(), p.id());
        }

        @Override
        public ObjectNode quote(ScriptBlock.Quote q) {
            ObjectNode o = prose(start("quote", q.id()), q.text(), q.id());
            if (!q.source().equals(Prose.EMPTY)) {
                o.set("source", prose(MAPPER.createObjectNode(), q.source(), q.id() + " source"));
            }
            return o;
        }

        @Override
        public ObjectNode figure(ScriptBlock.Figure f) {
            ObjectNode o = start("figure", f.id());
            putUnlessEmpty(o, "description", f.description());
            putUnlessEmpty(o, "caption", f.caption());
            putUnlessEmpty(o, "alt", f.alt());
            putUnlessEmpty(o, "file", f.file());
            putNullable(o, "group", f.group());
            return prose(o, f.text(), f.id());
        }

        @Override
        public ObjectNode figureGroup(ScriptBlock.FigureGroup g) {
            ObjectNode o = prose(start("figure-group", g.id()), g.text(), g.id());
            putArray(o, "figures", g.figures(), this::figure);
            return o;
        }

        @Override
        public ObjectNode list(ScriptBlock.ListBlock l) {
            ObjectNode o = start("list", l.id());
            putArray(o, "items", l.items(), BlockJson::item);
            return o;
        }

        private static ObjectNode item(ScriptBlock.ListItem i) {
            ObjectNode o = MAPPER.createObjectNode();
            putRequired(o, "id", i.id());
            o.put("kind", jsonName(i.kind()));
            if (i.ordinal() != 0) {
                o.put("ordinal", i.ordinal());
            }
            putUnlessEmpty(o, "term", i.term());
            o.put("depth", i.depth());
            return prose(o, i.text(), i.id());
        }

        @Override
        public ObjectNode table(ScriptBlock.Table t) {
            ObjectNode o = start("table", t.id());
            o.put("rowCount", t.rowCount());
            o.put("columnCount", t.columnCount());
            prose(o, t.text(), t.id());
            putArray(o, "rows", t.rows(), BlockJson::row);
            return o;
        }

        private static ObjectNode row(ScriptBlock.Row r) {
            ObjectNode o = MAPPER.createObjectNode();
            putRequired(o, "id", r.id());
            o.put("index", r.index());
            putTrue(o, "header", r.header());
            prose(o, r.text(), r.id());
            putArray(o, "cells", r.cells(), BlockJson::cell);
            return o;
        }

        private static ObjectNode cell(ScriptBlock.Cell c) {
            ObjectNode o = MAPPER.createObjectNode();
            putRequired(o, "id", c.id());
            o.put("column", c.column());
            if (c.colspan() != 1) {
                o.put("colspan", c.colspan());
            }
            if (c.rowspan() != 1) {
                o.put("rowspan", c.rowspan());
            }
            putTrue(o, "header", c.header());
            if (c.scope() != ScriptBlock.Scope.NONE) {
                o.put("scope", jsonName(c.scope()));
            }
            putUnlessEmpty(o, "columnHeader", c.columnHeader());
            putUnlessEmpty(o, "rowHeader", c.rowHeader());
            return prose(o, c.text(), c.id());
        }

        @Override
        public ObjectNode hatnote(ScriptBlock.Hatnote h) {
            ObjectNode o = start("hatnote", h.id());
            o.put("kind", jsonName(h.kind()));
            putUnlessEmpty(o, "lead", h.lead());
            return prose(o, h.text(), h.id());
        }

        @Override
        public ObjectNode infobox(ScriptBlock.Infobox i) {
            ObjectNode o = prose(start("infobox", i.id()), i.text(), i.id());
            putArray(o, "entries", i.entries(), e -> {
                ObjectNode eo = MAPPER.createObjectNode();
                putRequired(eo, "id", e.id());
                putUnlessEmpty(eo, "label", e.label());
                return prose(eo, e.text(), e.id());
            });
            return o;
        }

        @Override
        public ObjectNode formula(ScriptBlock.Formula f) {
            ObjectNode o = start("formula", f.id());
            putRequired(o, "tex", f.tex());
            return prose(o, f.text(), f.id());
        }

        @Override
        public ObjectNode note(ScriptBlock.Note n) {
            ObjectNode o = start("note", n.id());
            putRequired(o, "label", n.label());
            putUnlessEmpty(o, "group", n.group());
            o.put("kind", jsonName(n.kind()));
            putArray(o, "sources", n.sources(), ScriptJson::citation);
            return prose(o, n.text(), n.id());
        }
    }

    /** Adds the prose fields (text, spans, notes, sentences) to {@code o}; {@code owner} names it in errors. */
    private static ObjectNode prose(ObjectNode o, Prose p, String owner) {
        String text = p.text();
        CodePoints offsets = new CodePoints(text);
        putUnlessEmpty(o, "text", text);
        putArray(o, "spans", p.spans(), s -> {
            ObjectNode so = typed(s.kind().jsonName());
            so.put("start", codePoints(offsets, text, s.start(), owner));
            so.put("end", codePoints(offsets, text, s.end(), owner));
            putNullable(so, "value", s.value());
            return so;
        });
        putArray(o, "notes", p.notes(), n -> {
            ObjectNode no = MAPPER.createObjectNode();
            putRequired(no, "label", n.label());
            putUnlessEmpty(no, "group", n.group());
            putUnlessEmpty(no, "text", n.text());
            putArray(no, "sources", n.sources(), ScriptJson::citation);
            return no;
        });
        putArray(o, "sentences", p.sentences(), s -> {
            ObjectNode so = MAPPER.createObjectNode();
            so.put("id", s.id());
            so.put("start", codePoints(offsets, text, s.start(), owner));
            so.put("end", codePoints(offsets, text, s.end(), owner));
            putNullable(so, "speech", s.speech());
            return so;
        });
        return o;
    }

    /**
     * A UTF-16 offset as a code point offset. An offset past the text or between the two halves of
     * a surrogate pair has no code point equivalent, so it would not read back; it is a bug upstream.
     */
    private static int codePoints(CodePoints offsets, String text, int utf16, String owner) {
        if (utf16 > text.length()) {
            throw new IllegalArgumentException(owner + ": offset " + utf16 + " is past the end of its text ("
                    + text.length() + " UTF-16 units)");
        }
        if (offsets.splitsPair(utf16)) {
            throw new IllegalArgumentException(owner + ": offset " + utf16 + " splits a surrogate pair");
        }
        return offsets.codePoint(utf16);
    }

    /** An array of objects, left out when empty. */
    private static <T> void putArray(ObjectNode o, String key, List<T> values, Function<T, ObjectNode> json) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(key);
            values.forEach(v -> a.add(json.apply(v)));
        }
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode o = MAPPER.createObjectNode();
        putStrings(o, "authors", c.authors());
        putUnlessEmpty(o, "year", c.year());
        putUnlessEmpty(o, "locationKind", c.locationKind());
        putUnlessEmpty(o, "location", c.location());
        if (!c.fields().isEmpty()) {
            ObjectNode fields = o.putObject("fields");
            for (Map.Entry<String, String> e : new TreeMap<>(c.fields()).entrySet()) {
                fields.put(e.getKey(), e.getValue());
            }
        }
        return o;
    }

    private static void putStrings(ObjectNode o, String key, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(key);
            values.forEach(a::add);
        }
    }

    private static void putRequired(ObjectNode o, String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException(o.path("id").asText(o.path("type").asText()) + ": " + key + " is null");
        }
        o.put(key, value);
    }

    /** For fields the model keeps as "" when absent; null there is a bug and fails here, not on reading. */
    private static void putUnlessEmpty(ObjectNode o, String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException(o.path("id").asText(o.path("type").asText()) + ": " + key
                    + " is null; the script uses \"\" for none");
        }
        if (!value.isEmpty()) {
            o.put(key, value);
        }
    }

    /** For fields the model keeps as null when absent: "" is written, so it reads back as "". */
    private static void putNullable(ObjectNode o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static void putTrue(ObjectNode o, String key, boolean value) {
        if (value) {
            o.put(key, true);
        }
    }
}
