package org.lector.braille;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
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
    /** Where liblouis-java's resources jar keeps liblouis's tables. */
    private static final String LIBLOUIS_TABLES = "org/liblouis/resource-files/tables/";
    /** The largest table file accepted: liblouis's largest (zh-tw.ctb) is 1.4 MB. */
    static final long MAX_FILE_BYTES = 4L << 20;

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

    /**
     * The list as liblouis is given it: every name found in the {@code tables} folder, and every
     * other name that is a file, replaced by its absolute path. Each name is checked first, since
     * liblouis itself dies on some (an empty list, a device it reads forever): it must be one of
     * liblouis's own tables, one of the project's, or a regular file of at most
     * {@link #MAX_FILE_BYTES}.
     *
     * @throws BrailleException naming the first table that is none of these
     */
    static String resolve(String tableList, Path tables) {
        Path folder = folder(tables);
        List<String> out = new ArrayList<>();
        for (String name : tableList.split(",", -1)) {
            String n = name.trim();
            if (n.isEmpty()) {
                throw new BrailleException("the braille table list '" + BrailleTranslator.oneLine(tableList)
                        + "' has an empty name (names are separated by single commas; see 'lector tables')", null);
            }
            out.add(resolveOne(n, folder));
        }
        return String.join(",", out);
    }

    private static String resolveOne(String name, Path folder) {
        if (isPlainName(name)) {
            Path own = folder.resolve(name).normalize();
            if (own.startsWith(folder) && Files.isRegularFile(own)) {
                return checkedFile(name, own).toString();
            }
            if (isLiblouisTable(name)) {
                return name;
            }
        }
        Path file;
        try {
            file = Path.of(name);
        } catch (InvalidPathException e) {
            throw unknown(name);
        }
        if (!Files.exists(file)) {
            throw unknown(name);
        }
        return checkedFile(name, file.toAbsolutePath().normalize()).toString();
    }

    /** A table file liblouis may read: a regular file (not a device, a pipe or a folder), not too large. */
    private static Path checkedFile(String name, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BrailleException("the braille table '" + BrailleTranslator.oneLine(name)
                    + "' is not a regular file (give a table name from 'lector tables' or a table file)", null);
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new BrailleException("the braille table file '" + BrailleTranslator.oneLine(name) + "' is larger than "
                        + (MAX_FILE_BYTES >> 20) + " MB, more than any braille table holds (see 'lector tables')", null);
            }
        } catch (IOException e) {
            throw new BrailleException("cannot read the braille table file '" + BrailleTranslator.oneLine(name) + "': " + e.getMessage(), e);
        }
        return file;
    }

    private static BrailleException unknown(String name) {
        return new BrailleException("unknown braille table '" + BrailleTranslator.oneLine(name)
                + "': neither one of liblouis's or Lector's tables nor a file (see 'lector tables')", null);
    }

    /** A name without a folder in it, as liblouis's own tables and the project's are named. */
    private static boolean isPlainName(String name) {
        return name.indexOf('/') < 0 && name.indexOf('\\') < 0 && !name.equals(".") && !name.equals("..");
    }

    /**
     * Whether liblouis-java carries a table of this name: its resolver finds a name among the
     * files of this resource folder, which holds the tables 'lector tables' lists and the files
     * they include.
     */
    private static boolean isLiblouisTable(String name) {
        return Louis.class.getClassLoader().getResource(LIBLOUIS_TABLES + name) != null;
    }

    /** Every table found, by name, with its description ("display-name" metadata), the project's (in {@code tables}) first. */
    public static Map<String, String> list(Path tables) {
        Map<String, String> louis = new TreeMap<>();
        for (Table t : LouisThread.call(Louis::listTables)) {
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
