package org.lector.script;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;
import org.lector.document.Citation;

/** One script item as a JSON object; empty fields are left out to keep lines short. Span offsets are code points. */
public final class ScriptJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ScriptJson() {
    }

    public static String line(ScriptItem item) {
        try {
            return MAPPER.writeValueAsString(toJson(item));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise script item " + item.id(), e);
        }
    }

    static ObjectNode toJson(ScriptItem item) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", item.id());
        o.put("role", item.role().name());
        if (item.level() > 0) {
            o.put("level", item.level());
        }
        o.put("text", item.text());
        if (item.speech() != null) {
            o.put("speech", item.speech());
        }
        if (item.lang() != null) {
            o.put("lang", item.lang());
        }
        if (!item.spans().isEmpty()) {
            ArrayNode spans = o.putArray("spans");
            for (Span s : item.spans()) {
                ObjectNode so = spans.addObject();
                so.put("type", s.type());
                // offsets in Unicode code points, as most readers of JSON (Python, JavaScript's
                // Array.from) count characters; in Java they are UTF-16 indices
                so.put("start", item.text().codePointCount(0, s.start()));
                so.put("end", item.text().codePointCount(0, s.end()));
                if (s.value() != null) {
                    so.put("value", s.value());
                }
            }
        }
        if (!item.notes().isEmpty()) {
            ArrayNode notes = o.putArray("notes");
            for (NoteText n : item.notes()) {
                ObjectNode no = notes.addObject();
                no.put("label", n.label());
                if (!n.group().isEmpty()) {
                    no.put("group", n.group());
                }
                no.put("text", n.text());
                if (!n.sources().isEmpty()) {
                    ArrayNode sources = no.putArray("sources");
                    for (Citation c : n.sources()) {
                        sources.add(citation(c));
                    }
                }
            }
        }
        if (!item.attributes().isEmpty()) {
            ObjectNode attrs = o.putObject("attrs");
            new TreeMap<>(item.attributes()).forEach(attrs::put);
        }
        return o;
    }

    private static ObjectNode citation(Citation c) {
        ObjectNode o = MAPPER.createObjectNode();
        ArrayNode authors = o.putArray("authors");
        c.authors().forEach(authors::add);
        if (!c.year().isEmpty()) {
            o.put("year", c.year());
        }
        if (!c.location().isEmpty()) {
            o.put("locationKind", c.locationKind());
            o.put("location", c.location());
        }
        if (!c.fields().isEmpty()) {
            ObjectNode fields = o.putObject("fields");
            for (Map.Entry<String, String> e : new TreeMap<>(c.fields()).entrySet()) {
                fields.put(e.getKey(), e.getValue());
            }
        }
        return o;
    }
}
