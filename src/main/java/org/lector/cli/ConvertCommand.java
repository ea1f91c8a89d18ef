package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.lector.pipeline.ArticleConverter;
import org.lector.pipeline.ArticleResult;
import org.lector.pipeline.AudioBackend;
import org.lector.pipeline.Backend;
import org.lector.pipeline.BrailleBackend;
import org.lector.pipeline.Conversion;
import org.lector.pipeline.PdfBackend;
import org.lector.pipeline.ScriptBackend;
import org.lector.source.ArticleStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lector convert INPUT}: writes the chosen outputs for every article in INPUT. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert every article in INPUT into the chosen outputs, one folder per article.")
public final class ConvertCommand implements Callable<Integer> {
    /**
     * The backends this build has, by --to name, each made from this command's options (a
     * backend's own options come in as a mixin of this command).
     */
    static final Map<String, Function<ConvertCommand, Backend>> BACKENDS = new LinkedHashMap<>();

    static {
        BACKENDS.put("script", c -> new ScriptBackend());
        BACKENDS.put("audio", c -> new AudioBackend(c.audio.toOptions(c.spec.commandLine()), AudioProgressBar.forTerminal(c.common.quiet)));
        BACKENDS.put("pdf", c -> new PdfBackend(c.pdf.toOptions(c.spec.commandLine())));
        BACKENDS.put("braille", c -> new BrailleBackend(c.braille.toOptions(c.spec.commandLine())));
    }

    @Parameters(index = "0", paramLabel = "INPUT", description = "A wikitext file, a MediaWiki export XML file, or - for standard input.")
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

    @Spec
    CommandSpec spec;

    /** The --to names, for the help text. */
    static final class BackendNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        BackendNames() {
            super(BACKENDS.keySet());
        }
    }

    @Override
    public Integer call() {
        List<Backend> backends = chosenBackends();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        Conversion conversion = new Conversion(out, backends, new ArticleConverter(speech.toOptions(spec.commandLine())));
        int converted;
        WarningSummary warnings = new WarningSummary();
        RunSummary summary = new RunSummary();
        try (ArticleStream articles = Inputs.open(input, common)) {
            converted = conversion.run(articles, r -> {
                warnings.add(r);
                summary.add(r);
                if (!common.quiet) {
                    stdout.println(r.title() + " → " + r.directory());
                    for (String line : r.outputs()) {
                        stdout.println("  " + line);
                    }
                    stdout.flush();
                }
            });
        }
        if (!common.quiet) {
            warnings.print(stderr);
            if (converted > 0) {
                stdout.println(summary.line(out, warnings.total()));
                stdout.flush();
            }
        }
        if (converted == 0) {
            stderr.println("lector: no article found in " + input + " (redirects and non-article pages are skipped)");
        }
        return ExitCodes.OK;
    }

    private List<Backend> chosenBackends() {
        List<String> names = formats == null || formats.isEmpty() ? new ArrayList<>(BACKENDS.keySet()) : formats;
        List<Backend> chosen = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String n : names) {
            if (!seen.add(n.trim().toLowerCase(Locale.ROOT))) {
                continue; // --to audio,audio: two backends would publish the same folder at once
            }
            Function<ConvertCommand, Backend> b = BACKENDS.get(n.trim().toLowerCase(Locale.ROOT));
            if (b == null) {
                throw new ParameterException(spec.commandLine(), "unknown output '" + n + "' for --to (available: "
                        + String.join(", ", BACKENDS.keySet()) + ")");
            }
            chosen.add(b.apply(this));
        }
        return chosen;
    }
}
