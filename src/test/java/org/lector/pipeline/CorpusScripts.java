package org.lector.pipeline;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/** Every article of the shared corpus, each page of the export files too, as its reading script with speech. */
final class CorpusScripts {
    private CorpusScripts() {
    }

    /** Scripts by "file / title" ("barack-obama.wiki / Barack Obama"), in the corpus's order. */
    static Map<String, ReadingScript> convert() {
        Map<String, ReadingScript> scripts = new LinkedHashMap<>();
        ArticleConverter converter = new ArticleConverter();
        for (Path file : Corpus.files("")) {
            try (ArticleStream in = ArticleReader.open(file)) {
                while (in.hasNext()) {
                    ReadingScript s = converter.toScript(in.next());
                    scripts.put(file.getFileName() + " / " + s.title(), s);
                }
            }
        }
        return scripts;
    }
}
