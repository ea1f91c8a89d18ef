package org.lector.cli;

import java.util.Locale;
import org.lector.pdf.PdfOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the tagged PDF output. */
public final class PdfOptionsMixin {
    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4",
            description = "Paper size of the PDF: a4 or letter (default: ${DEFAULT-VALUE}).")
    String paper;

    @Option(names = "--font-size", paramLabel = "PT", defaultValue = "10.5",
            description = "Body text size of the PDF in points, 6 to 24 (default: ${DEFAULT-VALUE}); headings and notes scale with it.")
    float fontSize;

    PdfOptions toOptions(CommandLine commandLine) {
        PdfOptions.Paper size;
        try {
            size = PdfOptions.Paper.valueOf(paper.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(commandLine, "unknown paper size '" + paper + "' (a4, letter)");
        }
        if (!(fontSize >= PdfOptions.MIN_FONT_SIZE && fontSize <= PdfOptions.MAX_FONT_SIZE)) {
            throw new CommandLine.ParameterException(commandLine, "--font-size must be between "
                    + PdfOptions.MIN_FONT_SIZE + " and " + PdfOptions.MAX_FONT_SIZE + " points, not " + fontSize);
        }
        return new PdfOptions(size, fontSize, PdfOptions.defaults().creator());
    }
}
