package org.lector.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import org.lector.pipeline.ArticleConverter;
import org.lector.pipeline.ArticleFailure;
import org.lector.pipeline.FailureReasons;
import org.lector.pipeline.PrintableText;
import org.lector.script.ReadingScript;
import org.lector.script.ScriptJson;
import org.lector.script.ScriptText;
import org.lector.source.ArticleStream;
import org.lector.source.RawArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lector script INPUT}: prints the reading script. */
@Command(name = "script", mixinStandardHelpOptions = true,
        description = "Print the reading script of every article in INPUT.")
public final class ScriptCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
            description = "A wikitext file, a MediaWiki export XML file, or - for standard input.")
    String input;

    @Option(names = "--json", description = "Print script.jsonl: JSON lines (a header, then chapters, sections and blocks) instead of text.")
    boolean json;

    @Option(names = "--schema", description = "Print the JSON Schema of script.jsonl (reading-script.schema.json) and exit.")
    boolean schema;

    @Option(names = "--speech", description = "Print the spoken form: the words a voice will say, item by item.")
    boolean speechForm;

    @Mixin
    CommonOptions common;

    @Mixin
    SpeechOptionsMixin speech;

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (schema) {
            out.print(ScriptJson.schema());
            out.flush();
            return ExitCodes.OK;
        }
        if (input == null) {
            throw new ParameterException(spec.commandLine(), "Missing required parameter: 'INPUT'");
        }
        ArticleConverter converter = new ArticleConverter(speech.toOptions(spec.commandLine(), main.home()));
        PrintWriter err = spec.commandLine().getErr();
        ArticleFailures failures = new ArticleFailures(err, common.debug);
        int warnings = 0;
        int count = 0;
        try (ArticleStream articles = Inputs.open(input, common)) {
            boolean first = true;
            while (articles.hasNext()) {
                RawArticle raw = articles.next();
                count++;
                ReadingScript script;
                try {
                    script = converter.toScript(raw);
                } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                    // one article's failure, as lector convert reports it: the others are still printed
                    failures.add(new ArticleFailure(count, raw.title(), "script: " + FailureReasons.of(e), e));
                    continue;
                }
                if (!first && !json) {
                    out.println();
                }
                first = false;
                if (json) {
                    writeJson(script, out);
                } else if (speechForm) {
                    out.print(PrintableText.text(ScriptText.renderSpeech(script)));
                } else {
                    out.print(PrintableText.text(ScriptText.render(script)));
                }
                StandardOutput.check(out); // a full disk or a closed pipe ends the run, not just this article
                warnings += script.warnings().size();
            }
        }
        out.flush();
        if (warnings > 0 && !common.quiet) {
            err.println("lector: " + warnings + " warnings (lector convert writes them to warnings.txt)");
        }
        return failures.finish(count, null);
    }

    private static void writeJson(ReadingScript script, PrintWriter out) {
        try {
            ScriptJson.write(script, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a PrintWriter does not throw; kept for the Writer signature
        }
    }
}
