package org.lector.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lector.config.LectorHome;
import org.lector.config.UserFiles;
import org.lector.script.HatnoteSelection;
import org.lector.source.InputException;
import org.lector.speech.BackMatterReading;
import org.lector.speech.CitationDetail;
import org.lector.speech.CitationMode;
import org.lector.speech.EnglishVariety;
import org.lector.speech.SpeechOptions;
import picocli.CommandLine.Option;

/** Options that shape the spoken form of the script. */
public final class SpeechOptionsMixin {
    @Option(names = "--citations", paramLabel = "MODE", defaultValue = "notes",
            description = "How citations are spoken: inline (after each sentence), paragraph (after each paragraph), "
                    + "notes (a short \"note 12\" marker, the sources in a final Notes chapter), none (default: ${DEFAULT-VALUE}).")
    String citations;

    @Option(names = "--hatnotes", paramLabel = "WHICH", defaultValue = "main",
            description = "Hatnotes read aloud and brailled: main (those that lead on: \"Main article\", \"See also\", "
                    + "\"Further information\"), all (also those that tell the article apart from others: \"For other uses, "
                    + "see …\", \"… redirects here\"), none (default: ${DEFAULT-VALUE}). The script and the PDF keep them all.")
    String hatnotes;

    @Option(names = "--back-matter", paramLabel = "HOW", defaultValue = "brief",
            description = "How the audiobook reads See also, References, Further reading and External links: read (in full), "
                    + "brief (See also's titles; how many entries the others have), skip (not at all) (default: ${DEFAULT-VALUE}). "
                    + "The PDF and braille keep them whole.")
    String backMatter;

    @Option(names = "--citation-detail", paramLabel = "LEVEL", defaultValue = "short",
            description = "How much of each source is spoken: short (authors, title, periodical, year, pages) or full "
                    + "(also editors, edition, volume, publisher, place, and ISBN, DOI and other identifiers read in "
                    + "their groups) (default: ${DEFAULT-VALUE}).")
    String citationDetail;

    @Option(names = "--english", paramLabel = "VARIETY", defaultValue = "british",
            description = "English variety for articles that do not declare one and whose spelling does not tell: british or american (default: ${DEFAULT-VALUE}).")
    String english;

    @Option(names = "--lexicon", paramLabel = "FILE",
            description = "A W3C PLS pronunciation lexicon to apply after voices/lexicon-en.pls (repeatable; at most "
                    + UserFiles.MAX_MEGABYTES + " MB).")
    List<Path> lexicons = new ArrayList<>();

    @Option(names = "--acronyms", paramLabel = "FILE",
            description = "More acronyms to read as words, one per line (repeatable; at most " + UserFiles.MAX_MEGABYTES
                    + " MB); others are spelled letter by letter.")
    List<Path> acronyms = new ArrayList<>();

    SpeechOptions toOptions(picocli.CommandLine commandLine, LectorHome home) {
        CitationMode mode;
        EnglishVariety variety;
        try {
            mode = CitationMode.valueOf(citations.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "unknown citation mode '" + citations + "' (inline, paragraph, notes, none)");
        }
        try {
            variety = EnglishVariety.valueOf(english.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(commandLine,
                    "unknown English variety '" + english + "' (british, american)");
        }
        checkFiles("--lexicon", lexicons);
        checkFiles("--acronyms", acronyms);
        CitationDetail detail = choice(commandLine, "--citation-detail", citationDetail, CitationDetail.values());
        return new SpeechOptions(mode, detail, variety, lexicons, acronyms, home, hatnotes(commandLine),
                choice(commandLine, "--back-matter", backMatter, BackMatterReading.values()));
    }

    /** The --hatnotes choice, which braille follows too. */
    HatnoteSelection hatnotes(picocli.CommandLine commandLine) {
        return choice(commandLine, "--hatnotes", hatnotes, HatnoteSelection.values());
    }

    /** One of an option's values by its lower-case name; anything else is a usage error listing them. */
    private static <E extends Enum<E>> E choice(picocli.CommandLine commandLine, String option, String value, E[] values) {
        List<String> names = new ArrayList<>();
        for (E e : values) {
            String name = e.name().toLowerCase(java.util.Locale.ROOT);
            if (name.equals(value.strip().toLowerCase(java.util.Locale.ROOT))) {
                return e;
            }
            names.add(name);
        }
        throw new picocli.CommandLine.ParameterException(commandLine,
                "unknown value '" + value + "' for " + option + " (" + String.join(", ", names) + ")");
    }

    /** Refuses a file that is missing, not a regular file or too large, naming the option it came with. */
    private static void checkFiles(String option, List<Path> files) {
        for (Path f : files) {
            try {
                UserFiles.check(f);
            } catch (IOException e) {
                throw new InputException(InputException.Kind.UNREADABLE, "cannot read " + option + " " + f + ": " + UserFiles.reason(e), e);
            }
        }
    }
}
