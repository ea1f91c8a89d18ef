package org.lector.wikitext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lector.wikitext.templates.TemplateCall;
import org.lector.wikitext.templates.TemplateRegistry;

/**
 * What becomes of templates no handler knows: hand-written calls, then every such call in the
 * corpus. There, the text kept must be prose and must come from the few templates a person
 * reviewed (listed below); every navigation box, sidebar and footer is dropped.
 */
class UnknownTemplatePolicyTest {

    private static UnknownTemplatePolicy.Verdict judge(String name, Map<String, String> params) {
        return UnknownTemplatePolicy.judge(new TemplateCall(name, params));
    }

    @Test
    void proseInPositionalOrTextParametersIsKeptInOrder() {
        UnknownTemplatePolicy.Verdict v = judge("Hidden", Map.of("1", "Early life and family",
                "2", "He was born in [[Kent]] in 1920.", "id", "x"));
        assertThat(v.kept()).containsExactly("Early life and family", "He was born in [[Kent]] in 1920.");
        assertThat(judge("Snopes", Map.of("link", "http://example.org", "title", "One Small Step")).kept())
                .containsExactly("One Small Step");
    }

    @Test
    void dataIsDroppedAndItsWordsCounted() {
        UnknownTemplatePolicy.Verdict v = judge("Geographic location", Map.of("Centre", "Kerala",
                "North", "[[Karnataka]]", "image", "Map.svg", "pop", "536,079"));
        assertThat(v.keepsText()).isFalse();
        assertThat(v.words()).isEqualTo(3);
        assertThat(judge("Oed", Map.of("1", "oxygen")).keepsText()).isFalse();
        assertThat(judge("2026 FIFA World Cup group tables", Map.of("1", "Group A", "only_pld_pts", "no")).keepsText())
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Belgium topics", "Jesus footer", "Christianity sidebar", "Periodic table (navbox)",
            "Portal bar", "Kerala-geo-stub", "Citation needed", "Dead link", "Use dmy dates", "USCongRep-start",
            "Navboxes", "Refimprove section", "Campaignbox Second World War", "S-start"})
    void furnitureIsDroppedWhateverItHolds(String name) {
        assertThat(judge(name, Map.of("1", "A whole sentence of words that looks like prose.",
                "title", "Another long title of many words")).keepsText()).isFalse();
    }

    /** The unknown templates of the corpus whose text is kept, with that text: reviewed by hand. */
    private static final Map<String, List<String>> KEPT_IN_CORPUS = Map.of(
            "snopes", List.of("One Small Step"),
            "mactutor biography", List.of("Pierre Deligne", "Jean Bourgain"),
            "britannica url", List.of("Synoptic Gospels"),
            "wwf ecoregion", List.of("Atlantic mixed forests"));

    @Test
    void inTheCorpusOnlyReviewedProseIsKept() throws IOException {
        Path dir = Path.of(System.getProperty("lector.corpus", "../shared/corpus"), "articles");
        assumeTrue(Files.isDirectory(dir), "corpus not found at " + dir);
        TemplateRegistry registry = TemplateRegistry.standard();
        Map<String, List<String>> kept = new TreeMap<>();
        int unknown = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".xml")) {
                    text = StringEscapeUtils.unescapeXml(text);
                }
                for (TemplateCall call : calls(text)) {
                    if (registry.find(call.key()).isPresent() || call.key().startsWith("#") || call.key().contains(":")
                            || call.key().startsWith("cite ")) {
                        continue;
                    }
                    unknown++;
                    UnknownTemplatePolicy.Verdict v = UnknownTemplatePolicy.judge(call);
                    for (String value : v.kept()) {
                        assertThat(ProseParameters.isProse(ProseParameters.words(value))).as(call.key()).isTrue();
                        kept.computeIfAbsent(call.key(), k -> new ArrayList<>()).add(ProseParameters.words(value));
                    }
                }
            }
        }
        assertThat(unknown).isGreaterThan(100);
        assertThat(kept).containsOnlyKeys(KEPT_IN_CORPUS.keySet());
        kept.forEach((name, texts) -> assertThat(texts).as(name).containsExactlyInAnyOrderElementsOf(KEPT_IN_CORPUS.get(name)));
    }

    /** Every template call in the text, nested ones included, as the parser splits it. */
    private static List<TemplateCall> calls(String wikitext) {
        List<TemplateCall> out = new ArrayList<>();
        for (Node n : Preprocessor.parse(wikitext)) {
            if (n instanceof Node.TemplateNode t) {
                String name = ParameterSplitter.stripComments(t.parts().get(0)).trim();
                if (!name.isEmpty() && !name.contains("{{")) {
                    out.add(new TemplateCall(name, ParameterSplitter.split(t.parts().subList(1, t.parts().size()))));
                }
                for (String part : t.parts().subList(1, t.parts().size())) {
                    out.addAll(calls(part));
                }
            } else if (n instanceof Node.TagNode tag && tag.body() != null) {
                out.addAll(calls(tag.body()));
            } else if (n instanceof Node.LinkNode link) {
                link.parts().forEach(p -> out.addAll(calls(p)));
            }
        }
        return out;
    }
}
