package org.lector.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.lector.testing.Corpus;

/**
 * The cases of other projects' wikitext test suites (Parsoid's parser tests, pandoc's MediaWiki
 * reader test, the Cite extension's tests): each case's wikitext and the outputs the suite
 * expects for it (the "!! html" blocks of a parser test, pandoc's native document).
 */
final class PeerCases {
    /**
     * One case: where it comes from, its wikitext, and the expected outputs as written in the
     * suite, HTML (parser tests) or not (pandoc's native document, whose strings are the text).
     */
    record PeerCase(String file, String name, String wikitext, List<String> expected, boolean html) {
        String label() {
            return file + ": " + name;
        }

        /** The text the expected outputs show a reader. */
        List<String> expectedTexts() {
            return html ? expected.stream().map(MarkupLeaks::visibleText).toList() : expected;
        }
    }

    private PeerCases() {
    }

    static List<PeerCase> all() throws IOException {
        List<PeerCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(Corpus.peerTests())) {
            for (Path f : files.sorted().toList()) {
                cases.addAll(read(f));
            }
        }
        return cases;
    }

    /** Parser-test files hold many cases; a pandoc ".wiki" file is one, its ".native" twin the expected document. */
    static List<PeerCase> read(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".wiki")) {
            Path nativeTwin = file.resolveSibling(name.replaceFirst("\\.wiki$", ".native"));
            List<String> expected = Files.isRegularFile(nativeTwin) ? List.of(Files.readString(nativeTwin)) : List.of();
            return List.of(new PeerCase(name, name, Files.readString(file), expected, false));
        }
        return name.endsWith(".txt") ? parserTests(name, Files.readAllLines(file)) : List.of();
    }

    /**
     * MediaWiki's parser-test format: "!! test" name, "!! wikitext" input, "!! html", "!! html/php",
     * "!! html/parsoid"… outputs, "!! end"; "!! article" blocks define pages and are no cases.
     */
    private static List<PeerCase> parserTests(String file, List<String> lines) {
        List<PeerCase> out = new ArrayList<>();
        String section = null;
        String testName = "";
        StringBuilder current = new StringBuilder();
        String wikitext = null;
        List<String> expected = new ArrayList<>();
        for (String line : lines) {
            if (!line.startsWith("!!")) {
                if (section != null) {
                    current.append(line).append('\n');
                }
                continue;
            }
            // the block that just ended
            if ("wikitext".equals(section)) {
                wikitext = current.toString();
            } else if ("test".equals(section)) {
                testName = current.toString().trim();
            } else if (section != null && section.startsWith("html")) {
                expected.add(current.toString());
            }
            current.setLength(0);
            section = line.substring(2).trim();
            if (section.equals("end")) {
                if (wikitext != null) {
                    out.add(new PeerCase(file, testName, wikitext, List.copyOf(expected), true));
                }
                wikitext = null;
                expected.clear();
                testName = "";
                section = null;
            }
        }
        return out;
    }
}
