package org.lector.braille;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.liblouis.CompilationException;
import org.liblouis.DisplayTable;
import org.liblouis.TranslationException;
import org.liblouis.Translator;
import org.liblouis.Typeform;

/**
 * Print to Unicode braille with liblouis, for one table list. Emphasis is passed as liblouis
 * typeforms (the UEB tables turn them into italic, bold and transcriber's-note indicators);
 * characters the tables lack are replaced first ({@link UndefinedCharacters}). The output holds
 * only the 64 six-dot cells U+2800–U+283F.
 */
public final class BrailleTranslator {
    /**
     * liblouis keeps compiled tables and translation buffers in process-wide state; one lock keeps
     * two articles converted at once from meeting inside it.
     */
    private static final Object LIBLOUIS = new Object();
    private static final Map<String, Map<Integer, Boolean>> DEFINED_BY_TABLE_LIST = new java.util.concurrent.ConcurrentHashMap<>();

    private final Translator translator;
    private final String tableList;
    private final Map<PrintStyle, Typeform> typeforms = new EnumMap<>(PrintStyle.class);
    private final Map<Integer, Typeform> combined = new HashMap<>();
    private final UndefinedCharacters undefined;
    private int eightDotCells;

    private BrailleTranslator(Translator translator, String tableList) {
        this.translator = translator;
        this.tableList = tableList;
        for (Typeform t : translator.getSupportedTypeforms()) {
            for (PrintStyle s : PrintStyle.values()) {
                if (s.emphasisClass().equals(t.getName())) {
                    typeforms.put(s, t);
                }
            }
        }
        // which characters a table list defines does not change: probed once per run, not per
        // article (each probe is a liblouis call under the process-wide lock)
        Map<Integer, Boolean> defined = DEFINED_BY_TABLE_LIST.computeIfAbsent(tableList, t -> new java.util.concurrent.ConcurrentHashMap<>());
        this.undefined = new UndefinedCharacters(cp -> defined.computeIfAbsent(cp, this::translatesToSixDots));
    }

    /**
     * Compiles a table list (comma-separated; names found in the project's {@code tables/} folder
     * are given to liblouis by path, the rest are liblouis's own).
     */
    public static BrailleTranslator open(String tableList) {
        String resolved = BrailleTables.resolve(tableList);
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
        Typeform[] forms = null;
        if (text.isStyled()) {
            forms = new Typeform[text.text().length()];
            for (int i = 0; i < forms.length; i++) {
                forms[i] = typeform(text.styleBitsAt(i));
            }
        }
        String braille = translateRaw(text.text(), forms);
        return sixDots(braille);
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
        synchronized (LIBLOUIS) {
            try {
                return translator.translate(text, forms, null, null, DisplayTable.StandardDisplayTables.UNICODE).getBraille();
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
        return all;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
