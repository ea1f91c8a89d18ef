package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lector.audio.AudioOptions;
import org.lector.audio.AudioProgressListener;
import org.lector.braille.BrailleOptions;
import org.lector.pdf.PdfOptions;
import org.lector.pipeline.ArticleConverter;
import org.lector.pipeline.ArticleFailure;
import org.lector.pipeline.ArticleResult;
import org.lector.pipeline.Backend;
import org.lector.pipeline.BackendRegistry;
import org.lector.pipeline.BackendSettings;
import org.lector.pipeline.Conversion;
import org.lector.pipeline.ConversionListener;
import org.lector.pipeline.ConversionResult;
import org.lector.pipeline.PrintableText;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lector convert INPUT}: writes the chosen outputs for every article in INPUT. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert every article in INPUT into the chosen outputs, one folder per article.")
public final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "A wikitext file, a MediaWiki export XML file, a script.jsonl Lector wrote, or - for standard input.")
    String input;

    @Option(names = "--to", split = ",", paramLabel = "FORMAT",
            description = "Outputs to write, comma-separated (available: ${COMPLETION-CANDIDATES}; default: all).",
            completionCandidates = BackendNames.class)
    List<String> formats;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "outputs",
            description = "Folder to write into; each article gets DIR/<article-slug>/ (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    CommonOptions common;

    @Mixin
    SpeechOptionsMixin speech;

    @Mixin
    AudioOptionsMixin audio;

    @Mixin
    PdfOptionsMixin pdf;

    @Mixin
    BrailleOptionsMixin braille;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    /** The --to names, for the help text. */
    static final class BackendNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        BackendNames() {
            super(BackendRegistry.names());
        }
    }

    @Override
    public Integer call() {
        List<Backend> backends = chosenBackends();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        ArticleConverter converter = new ArticleConverter(speech.toOptions(spec.commandLine(), main.home()));
        Conversion conversion = new Conversion(out, backends, converter);
        WarningSummary warnings = new WarningSummary();
        RunSummary summary = new RunSummary();
        ArticleFailures failures = new ArticleFailures(stderr, common.debug);
        ConversionListener report = new ConversionListener() {
            @Override
            public void converted(ArticleResult r) {
                warnings.add(r);
                summary.add(r);
                if (!common.quiet) {
                    stdout.println(PrintableText.line(r.title()) + " → " + r.directory());
                    for (String line : r.outputs()) {
                        stdout.println("  " + PrintableText.line(line));
                    }
                    stdout.flush();
                }
            }

            @Override
            public void failed(ArticleFailure f) {
                failures.add(f);
            }
        };
        ConversionResult result;
        Optional<ReadingScript> stored = StoredScripts.read(input);
        if (stored.isPresent()) {
            // the script already holds its spoken form: the speech options made it and do not apply again
            result = conversion.run(stored.get(), report);
        } else {
            try (ArticleStream articles = Inputs.open(input, common)) {
                result = conversion.run(articles, report);
            }
        }
        if (!common.quiet) {
            warnings.print(stderr);
            if (result.converted() > 0) {
                stdout.println(summary.line(out, warnings.total()));
                stdout.flush();
            }
        }
        if (result.articles() == 0) {
            stderr.println("lector: no article found in " + input + " (redirects and non-article pages are skipped)");
        }
        return failures.finish(result.articles(), result.failedList());
    }

    private List<Backend> chosenBackends() {
        try {
            return BackendRegistry.create(formats == null ? List.of() : formats, new Settings());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage() + " for --to");
        }
    }

    /** The backends' options from this command's mixins, each made only when its backend is. */
    private final class Settings implements BackendSettings {
        @Override
        public AudioOptions audio() {
            return audio.toOptions(spec.commandLine(), main.home());
        }

        @Override
        public AudioProgressListener audioProgress() {
            return AudioProgressBar.forTerminal(common.quiet);
        }

        @Override
        public PdfOptions pdf() {
            return pdf.toOptions(spec.commandLine());
        }

        @Override
        public BrailleOptions braille() {
            return braille.toOptions(spec.commandLine(), main.home()).withHatnotes(speech.hatnotes(spec.commandLine()));
        }
    }
}
