package org.lector.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options every command takes. */
public final class CommonOptions {
    /** 1 TiB: beyond any input Lector could hold in memory, and far from overflowing a count of bytes. */
    static final long MAX_INPUT_MEGABYTES = 1024 * 1024;

    @Option(names = "--debug", description = "Show stack traces for errors.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--max-input-size", paramLabel = "MB", defaultValue = "50", converter = Megabytes.class,
            description = "Refuse a single-article input larger than this many megabytes, 1 to " + MAX_INPUT_MEGABYTES
                    + " (default: ${DEFAULT-VALUE}). In export XML the limit holds for each page: a larger page fails alone.")
    long maxInputMegabytes;

    /** The limit in bytes. */
    long maxInputBytes() {
        return Math.multiplyExact(maxInputMegabytes, 1024L * 1024L);
    }

    /** A whole, positive number of megabytes that a count of bytes holds; anything else is a usage error. */
    static final class Megabytes implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long mb;
            try {
                mb = Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a whole number of megabytes");
            }
            if (mb < 1 || mb > MAX_INPUT_MEGABYTES) {
                throw new TypeConversionException("must be between 1 and " + MAX_INPUT_MEGABYTES + " megabytes, not " + value);
            }
            return mb;
        }
    }
}
