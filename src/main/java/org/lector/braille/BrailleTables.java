package org.lector.braille;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.liblouis.Louis;
import org.liblouis.Table;

/**
 * Where braille tables come from: liblouis's own (inside the liblouis-java resources jar) and the
 * project's {@code tables/} folder (in the Lector folder, beside the launcher). liblouis finds its
 * own tables by name; a name in a table list that is a file in {@code tables/} is handed to
 * liblouis as an absolute path, which its resolver accepts in a comma-separated list. (liblouis-java
 * replaces its whole resolver with {@code Louis.setTableResolver}, and its embedded resolver is not
 * public to delegate to, so passing paths is the smaller change.)
 */
public final class BrailleTables {
    /** The project's additions to the UEB tables: characters the corpus holds that they leave undefined. */
    public static final String ADDITIONS = "lector-additions.cti";
    private static final List<String> TABLE_SUFFIXES = List.of(".ctb", ".cti", ".utb", ".uti", ".dis", ".tbl");

    private BrailleTables() {
    }

    /** The default table list for a UEB grade (1 or 2), with the project's additions. */
    public static String defaultList(int grade) {
        return (grade == 1 ? "en-ueb-g1.ctb" : "en-ueb-g2.ctb") + "," + ADDITIONS;
    }

    /** The tables folder as an absolute path, which is how liblouis is given the project's tables. */
    public static Path folder(Path tables) {
        return tables.toAbsolutePath().normalize();
    }

    /** The list with every name found in the {@code tables} folder replaced by its absolute path. */
    static String resolve(String tableList, Path tables) {
        Path folder = folder(tables);
        List<String> out = new ArrayList<>();
        for (String name : tableList.split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            Path own = folder.resolve(n).normalize();
            out.add(own.startsWith(folder) && Files.isRegularFile(own) ? own.toString() : n);
        }
        return String.join(",", out);
    }

    /** Every table found, by name, with its description ("display-name" metadata), the project's (in {@code tables}) first. */
    public static Map<String, String> list(Path tables) {
        Map<String, String> louis = new TreeMap<>();
        for (Table t : Louis.listTables()) {
            String name = t.getInfo().get("display-name");
            louis.put(t.getIdentifier(), name == null ? "" : name);
        }
        Map<String, String> all = new LinkedHashMap<>(projectTables(tables));
        all.putAll(louis);
        return all;
    }

    /** The tables in the {@code tables} folder, with their "#-display-name:" line when they have one. */
    public static Map<String, String> projectTables(Path tables) {
        Path folder = folder(tables);
        Map<String, String> own = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return own;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> TABLE_SUFFIXES.stream().anyMatch(s -> p.getFileName().toString().endsWith(s))).toList()) {
                String name = "";
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("#-display-name:")) {
                        name = line.substring("#-display-name:".length()).trim();
                    }
                }
                own.put(f.getFileName().toString(), name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return own;
    }
}
