package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;

/**
 * Translation through liblouis with the project's table list: expected cells written from the
 * UEB rules (capital sign dots 6, italic word indicator dots 46-23, transcriber's note indicators
 * dots 4-46-126 and 4-46-345), not copied from the output.
 */
class BrailleTranslatorTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static final BrailleTranslator UEB2 = BrailleTranslator.open(BrailleOptions.defaults(HOME));
    private static final BrailleTranslator UEB1 = BrailleTranslator.open(BrailleTables.defaultList(1), HOME.tables());

    @Test
    void gradeTwoContractsAndGradeOneSpellsOut() {
        // "the" is the one-cell contraction dots 2346 in grade 2; grade 1 spells t-h-e
        assertThat(UEB2.translate(PrintText.plain("the"))).isEqualTo("⠮");
        assertThat(UEB1.translate(PrintText.plain("the"))).isEqualTo("⠞⠓⠑");
    }

    @Test
    void italicWordGetsTheUebItalicWordIndicator() {
        PrintText.Builder b = new PrintText.Builder().append("a ");
        b.append("cat", PrintStyle.ITALIC);
        assertThat(UEB1.translate(b.build())).isEqualTo("⠁⠀⠨⠂⠉⠁⠞");
    }

    @Test
    void transcribersNoteIsEnclosedInTheUebIndicators() {
        assertThat(UEB1.translate(ProsePrint.transcribersNote("cat"))).isEqualTo("⠈⠨⠣⠉⠁⠞⠈⠨⠜");
    }

    @Test
    void theProjectTableDefinesWhatTheUebTableLacks() {
        // ʻokina (U+02BB) as the UEB apostrophe, dots 3; the no-break space as a blank cell
        // ("ابن الهيثم" below is 3 + 6 letters)
        assertThat(UEB1.translate(PrintText.plain("Hawaiʻi"))).isEqualTo("⠠⠓⠁⠺⠁⠊⠄⠊");
        assertThat(UEB1.translate(PrintText.plain("a\u00a0b"))).isEqualTo("⠁⠀⠃");
    }

    @Test
    void anotherScriptBecomesALabelAndIsCounted() {
        BrailleTranslator t = BrailleTranslator.open(BrailleTables.defaultList(1), HOME.tables());
        String braille = t.translate(PrintText.plain("(Arabic: ابن الهيثم) and ḥ"));
        assertThat(t.backTranslate(braille)).isEqualTo("(Arabic: [Arabic]) and h");
        assertThat(braille.chars()).allMatch(c -> c >= 0x2800 && c <= 0x283F);
        assertThat(t.substitutions()).containsExactly(
                "9 characters no braille table defines are shown as [Arabic]",
                "1 letters are shown without an accent the tables lack");
    }

    @Test
    void aTableListThatDoesNotCompileIsAClearError() {
        assertThatThrownBy(() -> BrailleTranslator.open("no-such-table.ctb", HOME.tables()))
                .isInstanceOf(BrailleException.class).hasMessageContaining("no-such-table.ctb");
    }
}
