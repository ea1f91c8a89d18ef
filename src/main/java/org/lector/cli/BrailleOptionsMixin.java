package org.lector.cli;

import org.lector.braille.BrailleException;
import org.lector.braille.BrailleOptions;
import org.lector.braille.BrailleTranslator;
import org.lector.config.LectorHome;
import picocli.CommandLine.Option;

/** Options of the braille output. */
public final class BrailleOptionsMixin {
    @Option(names = "--braille-table", paramLabel = "TABLES",
            description = "liblouis table list for braille, comma-separated (see 'lector tables'; default: the UEB table of --braille-grade with "
                    + "Lector's additions, e.g. en-ueb-g2.ctb,lector-additions.cti).")
    String table;

    @Option(names = "--braille-grade", paramLabel = "1|2", defaultValue = "2",
            description = "UEB grade: 1 (uncontracted) or 2 (contracted) (default: ${DEFAULT-VALUE}).")
    int grade;

    @Option(names = "--cells", paramLabel = "N", defaultValue = "40",
            description = "Braille cells per line (default: ${DEFAULT-VALUE}).")
    int cells;

    @Option(names = "--lines", paramLabel = "N", defaultValue = "25",
            description = "Braille lines per page (default: ${DEFAULT-VALUE}).")
    int lines;

    BrailleOptions toOptions(picocli.CommandLine commandLine, LectorHome home) {
        BrailleOptions options;
        try {
            options = new BrailleOptions(table, grade, cells, lines, home);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(commandLine, e.getMessage());
        }
        try {
            BrailleTranslator.open(options); // a table list that does not compile is a usage error
        } catch (BrailleException e) {
            throw new picocli.CommandLine.ParameterException(commandLine, e.getMessage());
        }
        return options;
    }
}
