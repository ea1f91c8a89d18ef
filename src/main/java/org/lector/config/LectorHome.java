package org.lector.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The Lector folder: where the shipped voice profiles, lexicon and acronym list ({@code voices/})
 * and braille tables ({@code tables/}) live, beside the launcher. It is resolved once, when the
 * program starts, and handed to whatever needs it, so no class reads the system property itself.
 */
public record LectorHome(Path root) {
    /** The system property the launcher script sets to its own folder. */
    private static final String PROPERTY = "lector.home";

    public LectorHome {
        Objects.requireNonNull(root, "root");
    }

    public static LectorHome of(Path root) {
        return new LectorHome(root);
    }

    /** The folder {@code -Dlector.home} names; the working directory when it is not set (a plain {@code java -jar}). */
    public static LectorHome fromSystemProperty() {
        return of(Path.of(System.getProperty(PROPERTY, ".")));
    }

    /** Voice profiles, the pronunciation lexicon and the acronym list. */
    public Path voices() {
        return root.resolve("voices");
    }

    /** The project's braille tables. */
    public Path tables() {
        return root.resolve("tables");
    }
}
