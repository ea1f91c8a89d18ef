package org.lector.speech;

import java.nio.file.Path;
import java.util.List;

/**
 * Choices for the spoken form: how citations are read, the English variety when the article
 * does not say, and extra pronunciation lexicons and acronym lists (files the user gives).
 */
public record SpeechOptions(CitationMode citations, EnglishVariety defaultVariety, List<Path> lexicons,
                            List<Path> acronymLists) {
    public SpeechOptions {
        lexicons = List.copyOf(lexicons);
        acronymLists = List.copyOf(acronymLists);
    }

    public static SpeechOptions defaults() {
        return new SpeechOptions(CitationMode.NOTES, EnglishVariety.BRITISH, List.of(), List.of());
    }
}
