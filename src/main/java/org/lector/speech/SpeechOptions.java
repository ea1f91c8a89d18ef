package org.lector.speech;

import java.nio.file.Path;
import java.util.List;
import org.lector.config.LectorHome;

/**
 * Choices for the spoken form: how citations are read and in how much detail, the English variety
 * when the article does not say, extra pronunciation lexicons and acronym lists (files the user
 * gives), and the Lector folder whose {@code voices/} holds the shipped lexicon and acronym list
 * they are added to.
 */
public record SpeechOptions(CitationMode citations, CitationDetail citationDetail, EnglishVariety defaultVariety,
                            List<Path> lexicons, List<Path> acronymLists, LectorHome home) {
    public SpeechOptions {
        lexicons = List.copyOf(lexicons);
        acronymLists = List.copyOf(acronymLists);
    }

    /** Citations in the default (short) detail. */
    public SpeechOptions(CitationMode citations, EnglishVariety defaultVariety, List<Path> lexicons,
                         List<Path> acronymLists, LectorHome home) {
        this(citations, CitationDetail.SHORT, defaultVariety, lexicons, acronymLists, home);
    }

    /** The defaults, with the Lector folder of {@code -Dlector.home}: for tests and callers without a command line. */
    public static SpeechOptions defaults() {
        return defaults(LectorHome.fromSystemProperty());
    }

    public static SpeechOptions defaults(LectorHome home) {
        return new SpeechOptions(CitationMode.NOTES, CitationDetail.SHORT, EnglishVariety.BRITISH, List.of(), List.of(),
                home);
    }
}
