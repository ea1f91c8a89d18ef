package org.lector.braille;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * six-dot cells U+2800–U+283F. liblouis is called only on its own thread ({@link LouisThread}) and
 * only with bounded chunks of text ({@link LouisChunks}): what an article holds cannot overflow
 * its native stack or make its work grow faster than the text.
 */
public final class BrailleTranslator {
    private static final Map<String, Known> KNOWN_BY_TABLE_LIST = new ConcurrentHashMap<>();

    /**
     * What a compiled table list is found to do, which does not change: probed once per run, not
     * per article (each probe is a liblouis call under the process-wide lock). {@code defined}
     * tells, character by character as they are met, whether the tables define it;
     * {@code levelMarks} whether they have the UEB level marks; {@code contracted} whether they
     * contract (so that ⠔ could be read as "in" and needs a grade 1 indicator).
     */
    private record Known(Map<Integer, Boolean> defined, boolean levelMarks, boolean contracted) {
    }

    private final Translator translator;
    private final String tableList;
    private final Map<PrintStyle, Typeform> typeforms = new EnumMap<>(PrintStyle.class);
    private final Map<Integer, Typeform> combined = new HashMap<>();
    private final UndefinedCharacters undefined;
    private final Known known;
    private int eightDotCells;
    private int levelsOnLine;

    /** {@code resolved} is the list as liblouis compiled it, the project's tables by path. */
    private BrailleTranslator(Translator translator, String tableList, String resolved) {
        this.translator = translator;
        this.tableList = tableList;
        for (Typeform t : translator.getSupportedTypeforms()) {
            for (PrintStyle s : PrintStyle.values()) {
                if (t.getName().equals(s.emphasisClass())) {
                    typeforms.put(s, t);
                }
            }
        }
        this.known = KNOWN_BY_TABLE_LIST.computeIfAbsent(resolved, t -> new Known(new ConcurrentHashMap<>(),
                translateRaw(String.valueOf(LevelIndicators.SUPERSCRIPT_MARK), null).equals(LevelIndicators.SUPERSCRIPT_MARK_CELLS)
                        && translateRaw(String.valueOf(LevelIndicators.SUBSCRIPT_MARK), null).equals(LevelIndicators.SUBSCRIPT_MARK_CELLS),
                translateRaw("in", null).equals("⠔")));
        this.undefined = new UndefinedCharacters(cp -> known.defined().computeIfAbsent(cp, this::translatesToSixDots));
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
        String resolved = BrailleTables.resolve(tableList, tables); // names checked before liblouis sees them
        return LouisThread.call(() -> {
            try {
                return new BrailleTranslator(new Translator(resolved), tableList, resolved);
            } catch (CompilationException | RuntimeException e) {
                throw new BrailleException("cannot compile the braille table list '" + oneLine(tableList) + "' (see 'lector tables')", e);
            }
        });
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
        LevelIndicators marks = LevelIndicators.mark(text, known.contracted());
        if (marks.isEmpty() || !known.levelMarks()) {
            levelsOnLine += marks.size();
            return sixDots(translateRaw(text.text(), typeforms(text)));
        }
        PrintText marked = marks.text();
        // each cell's source character, to find the marks' cells and where each item ends
        int[] sources = IntStream.range(0, marked.text().length()).toArray();
        Cells r = louis(marked.text(), typeforms(marked), sources);
        return sixDots(marks.indicate(r.braille(), r.sources()));
    }

    /** The liblouis typeform of each character, or null when none is styled. */
    private Typeform[] typeforms(PrintText text) {
        if (!text.isStyled()) {
            return null;
        }
        Typeform[] forms = new Typeform[text.text().length()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = typeform(text.styleBitsAt(i));
        }
        return forms;
    }

    /** Braille (Unicode cells) back to print, for checking a translation. */
    public String backTranslate(String braille) {
        // cut at blank cells (braille has no letters, so no run of symbols is cut short)
        List<LouisChunks.Chunk> chunks = LouisChunks.of(braille, k -> false, LouisChunks.MAX_LENGTH, LouisChunks.MAX_LENGTH);
        return LouisThread.call(() -> {
            StringBuilder print = new StringBuilder(braille.length());
            for (LouisChunks.Chunk c : chunks) {
                try {
                    print.append(translator.backTranslate(c.of(braille)));
                } catch (TranslationException | RuntimeException e) {
                    throw failure("back-translate", braille, c, e);
                }
            }
            return print.toString();
        });
    }

    private String translateRaw(String text, Typeform[] forms) {
        return louis(text, forms, null).braille();
    }

    /** liblouis's cells for a text, and for each cell the attribute of the character it came from (null when none were given). */
    private record Cells(String braille, int[] sources) {
    }

    /**
     * The text translated chunk by chunk ({@link LouisChunks}) and joined. {@code attributes}, one
     * per character, come back one per cell: the attribute of the character the cell came from.
     * Each chunk is given its own slice of the typeforms and attributes, so they stay aligned.
     */
    private Cells louis(String text, Typeform[] forms, int[] attributes) {
        List<LouisChunks.Chunk> chunks = LouisChunks.of(text, forms == null ? k -> false : k -> forms[k] != Typeform.PLAIN_TEXT);
        return LouisThread.call(() -> {
            StringBuilder braille = new StringBuilder(text.length() + text.length() / 2);
            int[] sources = attributes == null ? null : new int[Math.max(16, text.length() + text.length() / 2)];
            int cells = 0;
            for (LouisChunks.Chunk c : chunks) {
                TranslationResult r;
                try {
                    r = translator.translate(c.of(text), forms == null ? null : Arrays.copyOfRange(forms, c.start(), c.end()),
                            attributes == null ? null : Arrays.copyOfRange(attributes, c.start(), c.end()),
                            null, DisplayTable.StandardDisplayTables.UNICODE);
                } catch (TranslationException | org.liblouis.DisplayException | RuntimeException e) {
                    throw failure("translate", text, c, e);
                }
                braille.append(r.getBraille());
                if (sources != null) {
                    int[] more = r.getCharacterAttributes();
                    if (cells + more.length > sources.length) {
                        sources = Arrays.copyOf(sources, Math.max(cells + more.length, 2 * sources.length));
                    }
                    System.arraycopy(more, 0, sources, cells, more.length);
                    cells += more.length;
                }
            }
            return new Cells(braille.toString(), sources == null ? null : Arrays.copyOf(sources, cells));
        });
    }

    /** One line that says which part of which text liblouis failed on, and why. */
    private static BrailleException failure(String what, String text, LouisChunks.Chunk chunk, Exception e) {
        String piece = "\"" + abbreviate(chunk.of(text)) + "\"";
        String where = chunk.length() == text.length() ? piece : "characters " + chunk.start() + "–" + chunk.end() + " of a block (" + piece + ")";
        return new BrailleException("liblouis could not " + what + " " + where + ": " + oneLine(String.valueOf(e.getMessage())), e);
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
        return oneLine(s.length() > 60 ? s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, 60))) + "…" : s);
    }

    /** Control characters (an article can hold any) would break the one line a failure is reported in. */
    static String oneLine(String s) {
        return s.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
