package org.lector.wikitext.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lector.document.Inline;
import org.lector.document.NoteRef;

/**
 * Every sfn, sfnm, harv and cite call in the real articles, run through the handlers: the print
 * form must be non-empty and free of markup remnants.
 */
class CorpusCitationTest {
    private static final Pattern FAMILY = Pattern.compile("(sfn|sfnp|sfnm|sfnmp|harv.*|cite .*|citation"
            + "|literatur|internetquelle)");
    private static final List<String> REMNANTS = List.of("{{", "}}", "|", "=", "[[");

    // Set -Dlector.dumpCitations=file to look at every print form (for reviewing by eye).
    private static final List<String> DUMP = System.getProperty("lector.dumpCitations") == null ? null
            : new ArrayList<>();

    @Test
    void everyCitationInTheCorpusPrintsCleanly() throws IOException {
        Path articles = Paths.get(System.getProperty("lector.corpus", "../shared/corpus")).resolve("articles");
        Assumptions.assumeTrue(Files.isDirectory(articles), "corpus not found at " + articles);
        TemplateRegistry registry = CitationTemplates.register(new TemplateRegistry());
        SoftAssertions soft = new SoftAssertions();
        int handled = 0;
        for (Path file : files(articles)) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (file.toString().endsWith(".xml")) {
                text = StringEscapeUtils.unescapeXml(text);
            }
            for (String wikitext : Calls.allCalls(text)) {
                TemplateCall call = Calls.parse(wikitext);
                if (!FAMILY.matcher(call.key()).matches() || registry.find(call.key()).isEmpty()) {
                    continue;
                }
                FakeContext context = new FakeContext();
                TemplateResult result = registry.find(call.key()).get().handle(call, context);
                String printed = printed(result);
                handled++;
                if (DUMP != null) {
                    DUMP.add(call.key() + "\t" + printed);
                }
                soft.assertThat(printed).as("%s: %s", file.getFileName(), wikitext).isNotBlank();
                for (String remnant : REMNANTS) {
                    // A pipe the writer escaped (&#124;, as in "Title | DW | 2014") is text, not markup.
                    if (remnant.equals("|") && wikitext.contains("&#124;")) {
                        continue;
                    }
                    soft.assertThat(printed).as("%s: %s", file.getFileName(), wikitext).doesNotContain(remnant);
                }
            }
        }
        if (DUMP != null) {
            Files.write(Paths.get(System.getProperty("lector.dumpCitations")), DUMP, StandardCharsets.UTF_8);
        }
        assertThat(handled).as("citation calls found").isGreaterThan(2000);
        soft.assertAll();
    }

    /** Inline text, or the note's text for templates that make a note. */
    private static String printed(TemplateResult result) {
        if (!(result instanceof TemplateResult.Inlines inlines)) {
            return "";
        }
        List<Inline> content = inlines.content();
        if (content.size() == 1 && content.get(0) instanceof NoteRef ref) {
            return FakeContext.print(ref.note().content());
        }
        return FakeContext.print(content);
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".wiki") || p.toString().endsWith(".xml"))
                    .sorted().toList());
        }
    }
}
