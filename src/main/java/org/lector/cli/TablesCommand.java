package org.lector.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lector.braille.BrailleTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lector tables}: the braille tables --braille-table can name. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "List the braille tables found: Lector's own (in its tables/ folder) and liblouis's.")
public final class TablesCommand implements Callable<Integer> {
    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path tables = main.home().tables();
        Map<String, String> own = BrailleTables.projectTables(tables);
        out.println("Lector's tables (" + BrailleTables.folder(tables) + "):");
        own.forEach((name, description) -> out.println("  " + name + (description.isEmpty() ? "" : "  " + description)));
        out.println("liblouis tables:");
        BrailleTables.list(tables).forEach((name, description) -> {
            if (!own.containsKey(name)) {
                out.println("  " + name + (description.isEmpty() ? "" : "  " + description));
            }
        });
        out.println("Default: " + BrailleTables.defaultList(2) + " (grade 2), " + BrailleTables.defaultList(1) + " (grade 1).");
        out.flush();
        return ExitCodes.OK;
    }
}
