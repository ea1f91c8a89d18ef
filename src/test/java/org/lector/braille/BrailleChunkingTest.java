package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;
import org.lector.pipeline.ArticleConverter;
import org.lector.script.ReadingScript;
import org.lector.source.ArticleReader;
import org.lector.source.ArticleStream;
import org.lector.testing.Corpus;

/**
 * Text too long for one liblouis call is translated chunk by chunk ({@link LouisChunks}) and
 * joined: the join keeps emphasis and the level indicators' cell sources aligned, a megabyte word
 * comes out whole, and real prose cut into chunks translates as it does whole.
 */
class BrailleChunkingTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();
    private static final BrailleTranslator UEB2 = BrailleTranslator.open(BrailleOptions.defaults(HOME));

    @Test
    void aMegabyteWordComesOutWholeAndReadsBack() {
        // x and z have no contraction together: one cell each
        String word = "xz".repeat(1 << 19);
        String braille = UEB2.translate(PrintText.plain(word));
        assertThat(braille).hasSize(word.length()).isEqualTo("⠭⠵".repeat(1 << 19));
        assertThat(UEB2.backTranslate(braille)).isEqualTo(word);
    }

    @Test
    void aLongTextWithEmphasisAndSuperscriptsEqualsItsSentencesTranslatedOneByOne() {
        PrintText.Builder sentence = new PrintText.Builder().append("An area of 12 km");
        sentence.append("2", PrintStyle.SUPERSCRIPT).append(" was ");
        sentence.append("later flooded", PrintStyle.ITALIC).append(" by the river. ");
        PrintText one = sentence.build();
        PrintText.Builder all = new PrintText.Builder();
        int n = 3 * LouisChunks.MAX_LENGTH / one.text().length();
        for (int i = 0; i < n; i++) {
            all.append(one, 0, one.text().length());
        }
        // several liblouis calls, cut after sentences; each superscript's indicator still finds its cells
        assertThat(UEB2.translate(all.build())).isEqualTo(UEB2.translate(one).repeat(n));
    }

    /**
     * Every block of every English corpus article, cut into chunks of at most 200 characters (the
     * real bound is 4,096: most blocks are never cut), translates as it does whole.
     */
    @Test
    void corpusProseCutIntoChunksTranslatesAsItDoesWhole() {
        List<String> differing = new ArrayList<>();
        int cut = 0;
        int inEmphasis = 0;
        for (PrintText text : corpusBlocks()) {
            List<LouisChunks.Chunk> chunks = LouisChunks.of(text.text(), k -> text.styleBitsAt(k) != 0, 200, LouisChunks.MAX_SYMBOL_RUN);
            if (chunks.size() == 1) {
                continue;
            }
            if (chunks.subList(0, chunks.size() - 1).stream().anyMatch(c -> text.styleBitsAt(c.end() - 1) != 0 || text.styleBitsAt(c.end()) != 0)) {
                inEmphasis++; // a passage of emphasis cut in two gets its indicators in each chunk: not the same cells
                continue;
            }
            cut++;
            StringBuilder joined = new StringBuilder();
            for (LouisChunks.Chunk c : chunks) {
                joined.append(UEB2.translate(new PrintText.Builder().append(text, c.start(), c.end()).build()));
            }
            if (!joined.toString().equals(UEB2.translate(text))) {
                differing.add(text.text().substring(0, Math.min(80, text.text().length())));
            }
        }
        // on the corpus today: 1,153 blocks compared, 32 more (long captions, which are transcriber's notes, and italic titles) cut in emphasis
        assertThat(cut).as("blocks long enough to be cut").isGreaterThan(1000);
        assertThat(inEmphasis).as("blocks cut only inside emphasis").isLessThan(cut / 20);
        assertThat(differing).as("blocks whose chunks translate differently").isEmpty();
    }

    private static List<PrintText> corpusBlocks() {
        ArticleConverter converter = new ArticleConverter();
        List<PrintText> blocks = new ArrayList<>();
        for (Path file : Corpus.files("")) {
            try (ArticleStream in = ArticleReader.open(file)) {
                while (in.hasNext()) {
                    ReadingScript script = converter.toScript(in.next());
                    if (script.language().equals("en")) {
                        ScriptLayout.of(script).forEach(b -> blocks.add(b.text()));
                    }
                }
            }
        }
        return blocks;
    }

    @Test
    void whatTheLiblouisThreadThrowsIsThrownToTheCaller() {
        assertThatThrownBy(() -> LouisThread.call(() -> {
            throw new IllegalStateException("from liblouis's thread");
        })).isInstanceOf(IllegalStateException.class).hasMessage("from liblouis's thread");
        // a call made on that thread runs at once instead of waiting for itself
        assertThat(LouisThread.call(() -> LouisThread.call(() -> Thread.currentThread().getName()))).isEqualTo("lector-liblouis");
    }
}
