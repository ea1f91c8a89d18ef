package org.lector.cli;

import java.io.PrintWriter;
import org.lector.config.LectorHome;
import org.lector.pipeline.OutputException;
import org.lector.pipeline.PrintableText;
import org.lector.source.InputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;

/** The {@code lector} command: maps every failure to one line on stderr and a documented exit code. */
@Command(name = "lector", mixinStandardHelpOptions = true, version = "Lector 0.1.0",
        description = "Turns MediaWiki articles into accessible audiobooks, tagged PDFs and braille.",
        subcommands = {ConvertCommand.class, ScriptCommand.class, VoicesCommand.class, TablesCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:internal error (a bug; rerun with --debug and report it)",
            "2:usage error (unknown option, missing input)",
            "3:input cannot be read",
            "4:input is not valid wikitext or export XML",
            "5:output cannot be written",
            "6:input larger than --max-input-size",
            "7:some articles failed (each on stderr and in OUT/failed.txt); the others were converted"})
public final class Main {
    private final LectorHome home;

    private Main(LectorHome home) {
        this.home = home;
    }

    /** The Lector folder, resolved once per run; the subcommands take it from here. */
    LectorHome home() {
        return home;
    }

    public static void main(String[] args) {
        System.exit(run(args, StandardOutput.of(StandardOutput.stream()), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the Lector folder the launcher names ({@code -Dlector.home}); used by tests too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, LectorHome.fromSystemProperty());
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, LectorHome home) {
        CommandLine cl = new CommandLine(new Main(home));
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, commandLine, isDebug(args)));
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("lector: " + PrintableText.line(e.getMessage()));
            e.getCommandLine().getErr().println("Try 'lector " + e.getCommandLine().getCommandName().replace("lector", "").trim()
                    + (e.getCommandLine().getCommandName().equals("lector") ? "" : " ") + "--help'.");
            return ExitCodes.USAGE;
        });
        try {
            int code = cl.execute(args);
            boolean lost = out.checkError(); // flushes whatever is still buffered, and says whether it arrived
            if (lost && code != ExitCodes.OUTPUT_UNWRITABLE) {
                err.println("lector: " + StandardOutput.LOST);
                err.flush();
                return code == ExitCodes.OK || code == ExitCodes.SOME_ARTICLES_FAILED ? ExitCodes.OUTPUT_UNWRITABLE : code;
            }
            return code;
        } catch (StackOverflowError | OutOfMemoryError e) {
            // errors are not exceptions, so picocli lets them through: still one line, no trace
            err.println("lector: internal error: " + e + " (rerun with --debug for details, and please report it)");
            if (isDebug(args)) {
                e.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    private static boolean isDebug(String[] args) {
        for (String a : args) {
            if (a.equals("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static int handle(Exception e, CommandLine cl, boolean debug) {
        PrintWriter err = cl.getErr();
        if (debug) {
            e.printStackTrace(err);
        }
        int code;
        if (e instanceof InputException ie) {
            code = switch (ie.kind()) {
                case UNREADABLE -> ExitCodes.INPUT_UNREADABLE;
                case INVALID -> ExitCodes.INPUT_INVALID;
                case TOO_LARGE -> ExitCodes.INPUT_TOO_LARGE;
            };
            err.println("lector: " + PrintableText.line(ie.getMessage()));
        } else if (e instanceof OutputException) {
            code = ExitCodes.OUTPUT_UNWRITABLE;
            err.println("lector: " + PrintableText.line(e.getMessage()));
        } else if (e instanceof CommandLine.ParameterException) {
            err.println("lector: " + PrintableText.line(e.getMessage()));
            code = ExitCodes.USAGE;
        } else {
            code = ExitCodes.INTERNAL_ERROR;
            err.println("lector: internal error: " + PrintableText.line(e.toString()) + (debug ? "" : " (rerun with --debug for details, and please report it)"));
        }
        err.flush();
        return code;
    }
}
