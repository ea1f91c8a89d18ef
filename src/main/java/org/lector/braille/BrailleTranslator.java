package org.lector.braille;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.liblouis.CompilationException;
import org.liblouis.DisplayTable;
import org.liblouis.TranslationException;
import org.liblouis.TranslationResult;
import org.liblouis.Translator;
import org.liblouis.Typeform;

/**
 * Print to Unicode braille with liblouis, for one table list. Emphasis is passed as liblouis
 * typeforms (the UEB tables turn them into italic, bold and transcriber's-note indicators);
 * characters the tables lack are replaced first ({@link UndefinedCharacters}); superscripts and
 * subscripts get the UEB level indicators ({@link LevelIndicators}). The output holds only the 64
 * six-dot cells U+2800–U+283F.
 */
public final class BrailleTranslator {
    /**
     * liblouis keeps compiled tables and translation buffers in process-wide state; one lock keeps
     * two articles converted at once from meeting inside it.
     */
    private static final Object LIBLOUIS = new Object();
    private static final Map<String, Map<Integer, Boolean>> DEFINED_BY_TABLE_LIST = new ConcurrentHashMap<>();
    private static final Map<String, Levels> LEVELS_BY_TABLE_LIST = new ConcurrentHashMap<>();

    /**
     * What a table list knows of levels: whether it has the UEB level marks, and whether it
     * contracts (so that ⠔ could be read as "in" and needs a grade 1 indicator).
     */
    private record Levels(boolean marked, boolean contracted) {
    }

    private final Translator translator;
    private final String tableList;
    private final Map<PrintStyle, Typeform> typeforms = new EnumMap<>(PrintStyle.class);
    private final Map<Integer, Typeform> combined = new HashMap<>();
    private final UndefinedCharacters undefined;
    private final Levels levels;
    private int eightDotCells;
    private int levelsOnLine;

    private BrailleTranslator(Translator translator, String tableList) {
        this.translator = translator;
        this.tableList = tableList;
        for (Typeform t : translator.getSupportedTypeforms()) {
            for (PrintStyle s : PrintStyle.values()) {
                if (t.getName().equals(s.emphasisClass())) {
                    typeforms.put(s, t);
                }
            }
        }
        // which characters a table list defines does not change: probed once per run, not per
        // article (each probe is a liblouis call under the process-wide lock)
        Map<Integer, Boolean> defined = DEFINED_BY_TABLE_LIST.computeIfAbsent(tableList, t -> new ConcurrentHashMap<>());
        this.undefined = new UndefinedCharacters(cp -> defined.computeIfAbsent(cp, this::translatesToSixDots));
        this.levels = LEVELS_BY_TABLE_LIST.computeIfAbsent(tableList, t -> new Levels(
                translateRaw(String.valueOf(LevelIndicators.SUPERSCRIPT_MARK), null).equals(LevelIndicators.SUPERSCRIPT_MARK_CELLS)
                        && translateRaw(String.valueOf(LevelIndicators.SUBSCRIPT_MARK), null).equals(LevelIndicators.SUBSCRIPT_MARK_CELLS),
                translateRaw("in", null).equals("⠔")));
    }

    /**
     * Compiles the options' table list (comma-separated; names found in the Lector folder's
     * {@code tables/} are given to liblouis by path, the rest are liblouis's own).
     */
    public static BrailleTranslator open(BrailleOptions options) {
        return open(options.effectiveTableList(), options.home().tables());
    }

    /** A table list, with {@code tables} the folder of the project's own tables. */
    public static BrailleTranslator open(String tableList, Path tables) {
        String resolved = BrailleTables.resolve(tableList, tables);
        synchronized (LIBLOUIS) {
            try {
                return new BrailleTranslator(new Translator(resolved), tableList);
            } catch (CompilationException | RuntimeException e) {
                throw new BrailleException("cannot compile the braille table list '" + tableList + "' (see 'lector tables')", e);
            }
        }
    }

    public String tableList() {
        return tableList;
    }

    /** The braille, in Unicode braille cells; the blank cell U+2800 separates words. */
    public String translate(PrintText print) {
        // no-break and thin spaces only steer print layout; the UEB table maps U+00A0 to a character no display table holds
        PrintText text = undefined.replace(print.mapChars(c -> Character.getType(c) == Character.SPACE_SEPARATOR ? ' ' : c));
        if (text.text().isEmpty()) {
            return "";
        }
        LevelIndicators marks = LevelIndicators.mark(text, levels.contracted());
        if (marks.isEmpty() || !levels.marked()) {
            levelsOnLine += marks.size();
            return sixDots(translateRaw(text.text(), typeforms(text.text().length(), text::styleBitsAt)));
        }
        // each cell's source character, to find the marks' cells and where each item ends
        int[] sources = IntStream.range(0, marks.text().length()).toArray();
        TranslationResult r = louis(marks.text(), typeforms(marks.text().length(), marks::styleBitsAt), sources);
        return sixDots(marks.indicate(r.getBraille(), r.getCharacterAttributes()));
    }

    /** The liblouis typeform of each character, or null when none is styled. */
    private Typeform[] typeforms(int length, IntUnaryOperator styleBitsAt) {
        if (IntStream.range(0, length).allMatch(i -> styleBitsAt.applyAsInt(i) == 0)) {
            return null;
        }
        Typeform[] forms = new Typeform[length];
        for (int i = 0; i < length; i++) {
            forms[i] = typeform(styleBitsAt.applyAsInt(i));
        }
        return forms;
    }

    /** Braille (Unicode cells) back to print, for checking a translation. */
    public String backTranslate(String braille) {
        synchronized (LIBLOUIS) {
            try {
                return translator.backTranslate(braille);
            } catch (TranslationException e) {
                throw new BrailleException("liblouis could not back-translate", e);
            }
        }
    }

    private String translateRaw(String text, Typeform[] forms) {
        return louis(text, forms, null).getBraille();
    }

    /** {@code attributes}, one per character, come back one per cell: the attribute of the character the cell came from. */
    private TranslationResult louis(String text, Typeform[] forms, int[] attributes) {
        synchronized (LIBLOUIS) {
            try {
                return translator.translate(text, forms, attributes, null, DisplayTable.StandardDisplayTables.UNICODE);
            } catch (TranslationException | org.liblouis.DisplayException e) {
                throw new BrailleException("liblouis could not translate: " + abbreviate(text), e);
            }
        }
    }

    private Typeform typeform(int bits) {
        return combined.computeIfAbsent(bits, b -> {
            Typeform t = Typeform.PLAIN_TEXT;
            for (PrintStyle s : PrintStyle.values()) {
                if ((b & s.bit()) != 0 && typeforms.containsKey(s)) {
                    t = t.add(typeforms.get(s));
                }
            }
            return t;
        });
    }

    /** Whether a character alone translates to six-dot cells (liblouis escapes what it lacks with 8-dot cells). */
    private boolean translatesToSixDots(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            String braille = translateRaw(s, null);
            return braille.chars().allMatch(c -> c == ' ' || (c >= 0x2800 && c <= 0x283F));
        } catch (BrailleException e) {
            return false;
        }
    }

    /** Cells with dots 7 or 8 cannot be embossed on a six-dot page: they lose those dots, and are counted. */
    private String sixDots(String braille) {
        StringBuilder sb = new StringBuilder(braille.length());
        for (int i = 0; i < braille.length(); i++) {
            char c = braille.charAt(i);
            if (c == ' ') {
                c = '\u2800';
            }
            if (c < 0x2800 || c > 0x28FF) {
                eightDotCells++;
                c = '\u2800';
            } else if (c > 0x283F) {
                eightDotCells++;
                c = (char) (0x2800 | (c & 0x3F));
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** What could not be brailled as printed, one sentence each, for the user's warnings file. */
    public List<String> substitutions() {
        List<String> all = new ArrayList<>();
        undefined.replaced().forEach((label, count) ->
                all.add(count + " characters no braille table defines are shown as " + label));
        if (undefined.accentsDropped() > 0) {
            all.add(undefined.accentsDropped() + " letters are shown without an accent the tables lack");
        }
        if (eightDotCells > 0) {
            all.add(eightDotCells + " eight-dot cells were reduced to six dots");
        }
        if (levelsOnLine > 0) {
            all.add(levelsOnLine + " superscripts and subscripts are shown on the line: the tables have no level indicators");
        }
        return all;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
