package org.lector.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptJsonTest {

    @Test
    void spanOffsetsCountCodePointsNotUtf16Units() throws Exception {
        // "𑂍" (Kaithi, outside the Basic Multilingual Plane) is two UTF-16 units, one character
        String text = "𑂍 a word";
        ScriptItem item = new ScriptItem("s0.p1", Role.PARAGRAPH, 0, text,
                List.of(new Span("italic", 3, 4, null), new Span("noteref", 9, 9, "1")), List.of(), null, null, Map.of());
        JsonNode json = new ObjectMapper().readTree(ScriptJson.line(item));
        assertThat(json.get("spans").get(0).get("start").asInt()).isEqualTo(2);
        assertThat(json.get("spans").get(0).get("end").asInt()).isEqualTo(3);
        assertThat(json.get("spans").get(1).get("start").asInt()).isEqualTo(8);
        assertThat(json.get("text").asText().codePointCount(0, json.get("text").asText().length())).isEqualTo(8);
    }

    @Test
    void emptyFieldsAreLeftOut() throws Exception {
        ScriptItem item = new ScriptItem("t", Role.TITLE, 0, "Title", List.of(), List.of(), null, null, Map.of());
        JsonNode json = new ObjectMapper().readTree(ScriptJson.line(item));
        assertThat(json.fieldNames()).toIterable().containsExactly("id", "role", "text");
    }
}
