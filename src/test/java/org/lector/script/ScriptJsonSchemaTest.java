package org.lector.script;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** reading-script.schema.json against what ScriptJson writes, and against what it must refuse. */
class ScriptJsonSchemaTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Schema SCHEMA = REGISTRY.getSchema(ScriptJson.schema(), InputFormat.JSON);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Error> errors(String line) {
        return SCHEMA.validate(line, InputFormat.JSON);
    }

    @Test
    void theSchemaIsAValidDraft202012Schema() {
        Schema meta = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        assertThat(meta.validate(ScriptJson.schema(), InputFormat.JSON)).isEmpty();
    }

    @Test
    void everyLineWrittenIsValid() {
        List<String> lines = new ArrayList<>(ScriptJson.lines(ScriptJsonTest.sample()));
        lines.addAll(ScriptJson.lines(ScriptJsonTest.oneParagraph(new ScriptBlock.Paragraph("s0.p1", Prose.EMPTY))));
        for (String line : lines) {
            assertThat(errors(line)).as(line).isEmpty();
        }
    }

    @Test
    void anUnknownTypeIsRefused() {
        assertThat(errors("{\"type\":\"paragrph\",\"id\":\"s0.p1\",\"text\":\"Hi.\"}")).isNotEmpty();
        assertThat(errors("{\"id\":\"s0.p1\",\"text\":\"Hi.\"}")).isNotEmpty();
    }

    @Test
    void aMisspeltFieldIsRefused() {
        assertThat(errors("{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"text\":\"Hi.\"}")).isEmpty();
        assertThat(errors("{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"txt\":\"Hi.\"}")).isNotEmpty();
        assertThat(errors("{\"type\":\"figure\",\"id\":\"s0.f1\",\"captoin\":\"A\"}"))
                .anySatisfy(e -> assertThat(e.getMessage()).contains("'captoin' is not defined"));
        assertThat(errors("{\"type\":\"paragraph\",\"id\":\"s0.p1\",\"text\":\"Hi.\","
                + "\"sentences\":[{\"id\":\"s0.p1.1\",\"strat\":0,\"end\":3}]}")).isNotEmpty();
        assertThat(errors("{\"type\":\"table\",\"id\":\"t\",\"rowCount\":1,\"columnCount\":1,"
                + "\"rows\":[{\"id\":\"r\",\"index\":1,\"cells\":[{\"id\":\"c\",\"column\":1,\"colSpan\":2}]}]}")).isNotEmpty();
    }

    @Test
    void wrongValuesAreRefused() {
        assertThat(errors("{\"type\":\"script\",\"version\":1,\"title\":\"T\"}")).isNotEmpty();
        assertThat(errors("{\"type\":\"chapter\",\"number\":1,\"role\":\"body \",\"title\":\"T\"}")).isNotEmpty();
        assertThat(errors("{\"type\":\"paragraph\",\"id\":\"p\",\"spans\":[{\"type\":\"underline\",\"start\":0,\"end\":1}]}")).isNotEmpty();
        assertThat(errors("{\"type\":\"paragraph\",\"id\":\"p\",\"spans\":[{\"type\":\"bold\",\"start\":-1,\"end\":1}]}")).isNotEmpty();
        assertThat(errors("{\"type\":\"paragraph\",\"id\":\"p\",\"spans\":[{\"type\":\"bold\",\"start\":0.5,\"end\":1}]}")).isNotEmpty();
        assertThat(errors("{\"type\":\"list\",\"id\":\"l\",\"items\":[{\"id\":\"i\",\"kind\":\"numbered\",\"depth\":1}]}")).isNotEmpty();
        assertThat(errors("{\"type\":\"note\",\"id\":\"n\",\"label\":\"1\"}")).as("no kind").isNotEmpty();
        assertThat(errors("{\"type\":\"hatnote\",\"id\":\"a\",\"kind\":\"other-uses\"}")).isNotEmpty();
        // a hatnote written before kinds existed stays valid
        assertThat(errors("{\"type\":\"hatnote\",\"id\":\"a\",\"lead\":\"Main article\",\"text\":\"Main article: X\"}")).isEmpty();
    }

    /** The schema's enums and the model's must not drift apart. */
    @Test
    void theEnumsAreTheModels() throws Exception {
        JsonNode defs = JSON.readTree(ScriptJson.schema()).get("$defs");
        assertThat(names(defs.get("role").get("enum"))).isEqualTo(jsonNames(SectionRole.values()));
        assertThat(names(defs.get("listItem").get("properties").get("kind").get("enum"))).isEqualTo(jsonNames(ScriptBlock.ListKind.values()));
        assertThat(names(defs.get("cell").get("properties").get("scope").get("enum"))).isEqualTo(jsonNames(ScriptBlock.Scope.values()));
        assertThat(names(defs.get("noteBlock").get("properties").get("kind").get("enum"))).isEqualTo(jsonNames(ScriptBlock.NoteKind.values()));
        assertThat(names(defs.get("hatnote").get("properties").get("kind").get("enum"))).isEqualTo(jsonNames(ScriptBlock.HatnoteKind.values()));
        assertThat(names(defs.get("span").get("properties").get("type").get("enum")))
                .isEqualTo(Arrays.stream(SpanKind.values()).map(SpanKind::jsonName).toList());
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> jsonNames(Enum<?>[] values) {
        return Arrays.stream(values).map(ScriptJson::jsonName).toList();
    }
}
