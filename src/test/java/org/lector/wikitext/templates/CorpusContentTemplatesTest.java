package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/**
 * Every call of a content template in the real corpus articles, run through the handlers: no
 * result may show markup ("{{", "}}", "[[", "|"), and {@code {{convert}}} must know every unit
 * the corpus uses. The corpus is read in place (lector.corpus, default ../shared/corpus).
 */
class CorpusContentTemplatesTest {

    private static Path articles() {
        return Path.of(System.getProperty("lector.corpus", "../shared/corpus"), "articles");
    }

    private static List<String> calls() throws IOException {
        Path dir = articles();
        assumeTrue(Files.isDirectory(dir), "corpus not found at " + dir);
        List<String> calls = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (f.toString().endsWith(".xml")) {
                    text = StringEscapeUtils.unescapeXml(text);
                }
                for (String call : Wikitext.allCalls(text)) {
                    TemplateCall c = Wikitext.parse(call);
                    if (Run.REGISTRY.find(c.key()).isPresent()) {
                        calls.add(call);
                    }
                }
            }
        }
        return calls;
    }

    @Test
    void noResultShowsMarkup() throws IOException {
        List<String> calls = calls();
        assertThat(calls).hasSizeGreaterThan(500);
        List<String> leaks = new ArrayList<>();
        for (String call : calls) {
            String text = Results.text(Run.call(call));
            for (String markup : List.of("{{", "}}", "[[", "|")) {
                if (text.contains(markup)) {
                    leaks.add(call.substring(0, Math.min(call.length(), 120)) + " → " + text);
                    break;
                }
            }
        }
        assertThat(leaks).isEmpty();
    }

    @Test
    void convertKnowsEveryCorpusUnit() throws IOException {
        List<String> warnings = new ArrayList<>();
        int converts = 0;
        for (String call : calls()) {
            TemplateCall c = Wikitext.parse(call);
            if (c.key().equals("convert") || c.key().equals("cvt")) {
                converts++;
                ContentFakeContext context = new ContentFakeContext();
                Run.call(call, context);
                context.warnings.forEach(w -> warnings.add(call + ": " + w));
            }
        }
        assertThat(converts).isGreaterThan(50);
        assertThat(warnings).isEmpty();
    }
}
