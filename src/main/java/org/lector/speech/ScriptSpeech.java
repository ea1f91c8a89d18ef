package org.lector.speech;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptItem;
import org.lector.source.InputException;

/**
 * Gives every item of a reading script its spoken form. Lexicons and acronym lists are loaded
 * once and shared by every article this instance speaks; it is safe to use from one thread at a
 * time per article.
 */
public final class ScriptSpeech {
    private final SpeechOptions options;
    private final Lexicon lexicon;
    private final Acronyms acronyms;

    /** @throws InputException when a lexicon or acronym list the user named cannot be read */
    public ScriptSpeech(SpeechOptions options) {
        this.options = options;
        try {
            this.lexicon = loadLexicons(options.lexicons());
            this.acronyms = loadAcronyms(options.acronymLists());
        } catch (java.io.UncheckedIOException e) {
            boolean missing = e.getCause() instanceof java.nio.file.NoSuchFileException;
            throw new InputException(missing ? InputException.Kind.UNREADABLE : InputException.Kind.INVALID,
                    e.getMessage(), e);
        }
    }

    public ReadingScript addSpeech(ReadingScript script) {
        boolean english = script.language() == null || script.language().toLowerCase(Locale.ROOT).startsWith("en");
        ItemSpeech phrasing;
        if (english) {
            EnglishVariety variety = VarietyGuess.of(script, options.defaultVariety());
            phrasing = new ItemSpeech(new SpokenText(lexicon, acronyms, variety), options.citations(), script.items());
        } else {
            // the English rules would misread another language; its own voice reads its numbers
            phrasing = new ItemSpeech(null, options.citations(), script.items());
        }
        List<ScriptItem> items = new ArrayList<>(script.items().size());
        List<ScriptItem> all = script.items();
        for (int i = 0; i < all.size(); i++) {
            items.add(all.get(i).withSpeech(phrasing.speak(all, i)));
        }
        return new ReadingScript(script.title(), script.language(), items, script.warnings());
    }

    /** The shipped lexicon ({@code voices/lexicon-en.pls} under lector.home), then the user's, later ones winning. */
    private static Lexicon loadLexicons(List<Path> extra) {
        Lexicon lexicon = Lexicon.empty();
        Path shipped = Path.of(System.getProperty("lector.home", "."), "voices", "lexicon-en.pls");
        if (Files.isRegularFile(shipped)) {
            lexicon = lexicon.merge(Lexicon.load(shipped));
        }
        for (Path p : extra) {
            lexicon = lexicon.merge(Lexicon.load(p));
        }
        return lexicon;
    }

    private static Acronyms loadAcronyms(List<Path> extra) {
        Acronyms a = Acronyms.defaults();
        for (Path p : extra) {
            a = a.withFile(p);
        }
        return a;
    }
}
