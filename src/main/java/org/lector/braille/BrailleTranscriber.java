package org.lector.braille;

import java.util.ArrayList;
import java.util.List;
import org.lector.script.ReadingScript;

/**
 * A reading script to braille pages: lays the script out ({@link ScriptLayout}), translates each
 * block with liblouis ({@link BrailleTranslator}) and puts the words on pages
 * ({@link PageFormatter}). Whatever could not be brailled as printed comes back as warnings.
 */
public final class BrailleTranscriber {
    private final BrailleOptions options;

    public BrailleTranscriber(BrailleOptions options) {
        this.options = options;
        BrailleTranslator.open(options); // a bad table list fails here, before any article
    }

    /** The pages of one article, and the warnings for its report. */
    public record Transcription(List<BraillePage> pages, List<String> warnings) {
        public Transcription {
            pages = List.copyOf(pages);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * @throws BrailleException for anything that goes wrong with this article, in one line, so
     *     that the run can report the article and go on with the others
     */
    public Transcription transcribe(ReadingScript script) {
        try {
            return transcribeOrFail(script);
        } catch (BrailleException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new BrailleException("braille failed: " + BrailleTranslator.oneLine(e.toString()), e);
        }
    }

    private Transcription transcribeOrFail(ReadingScript script) {
        // a translator per article, so its substitution counts are this article's (liblouis keeps the compiled table)
        BrailleTranslator translator = BrailleTranslator.open(options);
        List<BrailleBlock> blocks = new ArrayList<>();
        for (PrintBlock block : ScriptLayout.of(script, options.hatnotes())) {
            blocks.add(BrailleBlock.of(translator.translate(block.text()), block.format()));
        }
        PageFormatter.Result result = new PageFormatter(options.cells(), options.lines()).format(blocks);
        List<String> warnings = new ArrayList<>();
        if (!script.language().isEmpty() && !script.language().startsWith("en")) {
            warnings.add("braille: the article is in '" + script.language() + "' but was translated with "
                    + options.effectiveTableList() + "; give --braille-table a table for its language");
        }
        for (String s : translator.substitutions()) {
            warnings.add("braille: " + s);
        }
        if (result.hardBreaks() > 0) {
            warnings.add("braille: " + result.hardBreaks() + " words longer than a " + options.cells()
                    + "-cell line were cut across lines");
        }
        return new Transcription(result.pages(), warnings);
    }
}
