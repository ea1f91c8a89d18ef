package org.lector.pipeline;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/**
 * Every article of the shared corpus, every page of the export files included, read once into
 * its reading script with the default options and kept for the tests of this JVM that check
 * properties of all of them (the conversion takes tens of seconds).
 */
final class CorpusScripts {
    private static Map<String, ReadingScript> scripts;

    private CorpusScripts() {
    }

    /** The scripts by "file / title", in corpus order. */
    static synchronized Map<String, ReadingScript> all() {
        if (scripts == null) {
            Map<String, ReadingScript> read = new LinkedHashMap<>();
            ArticleConverter converter = new ArticleConverter();
            for (Path file : Corpus.files("")) {
                try (ArticleStream in = ArticleReader.open(file)) {
                    while (in.hasNext()) {
                        ReadingScript s = converter.toScript(in.next());
                        read.put(file.getFileName() + " / " + s.title(), s);
                    }
                }
            }
            scripts = Collections.unmodifiableMap(read);
        }
        return scripts;
    }
}
