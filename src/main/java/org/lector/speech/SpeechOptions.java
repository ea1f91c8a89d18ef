package org.lector.speech;

import java.nio.file.Path;
import java.util.List;
import org.lector.config.LectorHome;
import org.lector.script.HatnoteSelection;

/**
 * Choices for the spoken form: how citations are read and in how much detail, the English variety
 * when the article does not say, extra pronunciation lexicons and acronym lists (files the user
 * gives), the Lector folder whose {@code voices/} holds the shipped lexicon and acronym list they
 * are added to, which hatnotes are spoken and how the back matter is read.
 */
public record SpeechOptions(CitationMode citations, CitationDetail citationDetail, EnglishVariety defaultVariety,
                            List<Path> lexicons, List<Path> acronymLists, LectorHome home, HatnoteSelection hatnotes,
                            BackMatterReading backMatter) {
    public SpeechOptions {
        lexicons = List.copyOf(lexicons);
        acronymLists = List.copyOf(acronymLists);
    }

    /** Citations in the default (short) detail, the default hatnotes (those that lead on) and back matter (brief). */
    public SpeechOptions(CitationMode citations, EnglishVariety defaultVariety, List<Path> lexicons,
                         List<Path> acronymLists, LectorHome home) {
        this(citations, CitationDetail.SHORT, defaultVariety, lexicons, acronymLists, home, HatnoteSelection.MAIN,
                BackMatterReading.BRIEF);
    }

    public SpeechOptions withHatnotes(HatnoteSelection selection) {
        return new SpeechOptions(citations, citationDetail, defaultVariety, lexicons, acronymLists, home, selection, backMatter);
    }

    public SpeechOptions withBackMatter(BackMatterReading reading) {
        return new SpeechOptions(citations, citationDetail, defaultVariety, lexicons, acronymLists, home, hatnotes, reading);
    }

    public SpeechOptions withCitationDetail(CitationDetail detail) {
        return new SpeechOptions(citations, detail, defaultVariety, lexicons, acronymLists, home, hatnotes, backMatter);
    }

    /** The defaults, with the Lector folder of {@code -Dlector.home}: for tests and callers without a command line. */
    public static SpeechOptions defaults() {
        return defaults(LectorHome.fromSystemProperty());
    }

    public static SpeechOptions defaults(LectorHome home) {
        return new SpeechOptions(CitationMode.NOTES, EnglishVariety.BRITISH, List.of(), List.of(), home);
    }
}
