package org.lector.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--debug", description = "Show stack traces for errors.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--max-input-size", paramLabel = "MB", defaultValue = "50",
            description = "Refuse a single-article input larger than this many megabytes (default: ${DEFAULT-VALUE}). Export XML is streamed and not limited.")
    long maxInputMegabytes;
}
