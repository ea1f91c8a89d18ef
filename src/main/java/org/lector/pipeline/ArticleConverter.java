package org.lector.pipeline;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.lector.document.Article;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBuilder;
import org.lector.source.RawArticle;
import org.lector.speech.ScriptSpeech;
import org.lector.speech.SpeechOptions;
import org.lector.wikitext.WikitextParser;

/** Reads one article as far as the reading script: parse, linearise, then give it its spoken form. */
public final class ArticleConverter {
    private final WikitextParser parser = new WikitextParser();
    private final ScriptBuilder builder = new ScriptBuilder();
    private final ScriptSpeech speech;

    public ArticleConverter() {
        this(SpeechOptions.defaults());
    }

    public ArticleConverter(SpeechOptions speechOptions) {
        this.speech = new ScriptSpeech(speechOptions);
    }

    /** @throws org.lector.source.InputException for an article its input could not give (a page too large) */
    public ReadingScript toScript(RawArticle raw) {
        if (raw.isRefused()) {
            throw raw.refusal().toException();
        }
        Article article = parser.parse(raw.title(), raw.language(), raw.wikitext());
        List<String> warnings = new ArrayList<>(raw.warnings());
        warnings.addAll(article.warnings());
        ReadingScript script = builder.build(article, raw.titleGuessed());
        // the script's day is the books' date: a stored script then converts to the same files
        return speech.addSpeech(script.withWarnings(warnings).withDate(LocalDate.now(ZoneOffset.UTC).toString()));
    }
}
