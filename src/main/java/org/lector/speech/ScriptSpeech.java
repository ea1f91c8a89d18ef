package org.lector.speech;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lector.script.Chapter;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptBlock;
import org.lector.script.ScriptBlock.Heading;
import org.lector.script.Section;
import org.lector.script.SectionRole;
import org.lector.source.InputException;

/**
 * Gives every sentence of a reading script its spoken form and every chapter its announcement.
 * Lexicons and acronym lists are loaded once and shared by every article this instance speaks; it
 * is safe to use from one thread at a time per article.
 */
public final class ScriptSpeech {
    private final SpeechOptions options;
    private final Lexicon lexicon;
    private final Acronyms acronyms;

    /** @throws InputException when a lexicon or acronym list the user named cannot be read */
    public ScriptSpeech(SpeechOptions options) {
        this.options = options;
        try {
            this.lexicon = loadLexicons(options);
            this.acronyms = loadAcronyms(options);
        } catch (java.io.UncheckedIOException e) {
            boolean missing = e.getCause() instanceof java.nio.file.NoSuchFileException;
            throw new InputException(missing ? InputException.Kind.UNREADABLE : InputException.Kind.INVALID,
                    e.getMessage(), e);
        }
    }

    /**
     * The same script with every sentence's speech and every chapter's announcement filled in.
     * English articles are read by the English rules in their variety; an article in another
     * language keeps its text for its own voice.
     */
    public ReadingScript addSpeech(ReadingScript script) {
        boolean english = script.language() == null || script.language().toLowerCase(Locale.ROOT).startsWith("en");
        LanguageRules rules = english
                ? englishRules(VarietyGuess.of(script, options.defaultVariety()))
                : new PlainRules();
        Phrases phrases = Phrases.forLanguage(script.language());
        BlockSpeech blocks = new BlockSpeech(rules, phrases, options.citations(), options.citationDetail(), options.hatnotes());
        BackMatterSpeech backMatter = new BackMatterSpeech(options.backMatter(), rules, phrases);
        List<Chapter> chapters = new ArrayList<>(script.chapters().size());
        for (Chapter c : script.chapters()) {
            List<Section> sections = new ArrayList<>(c.sections().size());
            for (Section s : c.sections()) {
                sections.add(section(s, blocks));
            }
            chapters.add(backMatter.read(c.withSections(sections).withAnnouncement(announcement(c, sections, rules, phrases))));
        }
        return script.withChapters(chapters);
    }

    private EnglishRules englishRules(EnglishVariety variety) {
        return new EnglishRules(new SpokenText(lexicon, acronyms, variety, options.citationDetail()), variety);
    }

    /** Lector's own notes are read only in notes mode; in the others the notes chapter is silent. */
    private boolean silent(SectionRole role) {
        return role == SectionRole.NOTES && options.citations() != CitationMode.NOTES;
    }

    private Section section(Section s, BlockSpeech blocks) {
        Heading heading = silent(s.role())
                ? new Heading(s.heading().id(), s.heading().level(), BlockSpeech.silent(s.heading().text()))
                : blocks.heading(s.heading());
        List<ScriptBlock> spoken = new ArrayList<>(s.blocks().size());
        for (ScriptBlock b : s.blocks()) {
            spoken.add(b.accept(blocks));
        }
        return new Section(s.id(), s.role(), heading, spoken);
    }

    /**
     * "Chapter three: The Great Terror." from the speech of the heading that names the chapter;
     * chapter 1 is announced by the article's title alone. A silent notes chapter announces nothing.
     */
    private String announcement(Chapter c, List<Section> sections, LanguageRules rules, Phrases phrases) {
        if (silent(c.role())) {
            return "";
        }
        String heading = "";
        for (Section s : sections) {
            if (s.heading().id().equals(c.announced())) {
                heading = s.heading().text().speech();
            }
        }
        if (heading.isBlank()) {
            heading = rules.words(c.title());
        }
        String said = ProseSpeech.end(heading);
        return c.number() == 1 ? said : phrases.get("chapter", rules.count(c.number()), said);
    }

    /** The shipped lexicon ({@code voices/lexicon-en.pls} in the Lector folder), then the user's, later ones winning. */
    private static Lexicon loadLexicons(SpeechOptions options) {
        Lexicon lexicon = Lexicon.defaults(options.home());
        for (Path p : options.lexicons()) {
            lexicon = lexicon.merge(Lexicon.load(p));
        }
        return lexicon;
    }

    private static Acronyms loadAcronyms(SpeechOptions options) {
        Acronyms a = Acronyms.defaults(options.home());
        for (Path p : options.acronymLists()) {
            a = a.withFile(p);
        }
        return a;
    }
}
