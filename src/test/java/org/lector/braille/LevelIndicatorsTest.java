package org.lector.braille;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lector.config.LectorHome;
import org.lector.script.Span;
import org.lector.script.SpanKind;

/**
 * Superscripts and subscripts in braille: expected cells written from the UEB rules (superscript
 * indicator dots 35, subscript dots 26, grouping indicators dots 126 and 345, the grade 1
 * indicator dots 56 before them where they could be read as "in", "en", "gh", "ar"; an item is one
 * symbol, one number or one bracketed expression, Rules of UEB 11.4.1), not copied from the output.
 * Each is read back with liblouis and must give the print again, written with ^ for a superscript
 * and _ for a subscript and parentheses for a group.
 */
class LevelIndicatorsTest {
    private static final LectorHome HOME = LectorHome.fromSystemProperty();

    private static final BrailleTranslator UEB2 = BrailleTranslator.open(BrailleOptions.defaults(HOME));
    private static final BrailleTranslator UEB1 = BrailleTranslator.open(BrailleTables.defaultList(1), HOME.tables());

    /** {@code text} with [start, end) raised (or lowered). */
    private static PrintText leveled(String text, PrintStyle level, int start, int end) {
        return new PrintText.Builder().append(text).style(level, start, end).build();
    }

    /**
     * The braille read back by liblouis. liblouis back-translates a level indicator only in the
     * form its math tables write, the indicator with an opening group (⠔⠣ to U+F321, ⠢⠣ to
     * U+F320), which is read as ^ and _; so each level indicator (its grade 1 indicators left
     * out) is given to it in that form, and a group's own ⠣ … ⠜ as the round parentheses ⠐⠣ … ⠐⠜.
     * A ⠜ closes a group only while one is open: elsewhere it is part of another sign ("]" is ⠨⠜).
     */
    private static String readBack(BrailleTranslator t, String braille) {
        StringBuilder louis = new StringBuilder();
        boolean open = false;
        int i = 0;
        while (i < braille.length()) {
            int j = braille.charAt(i) == '⠰' ? i + 1 : i;
            char c = j < braille.length() ? braille.charAt(j) : ' ';
            if (c == '⠔' || c == '⠢') {
                louis.append(c).append('⠣');
                int k = j + 1 < braille.length() && braille.charAt(j + 1) == '⠰' ? j + 2 : j + 1;
                j++;
                if (k < braille.length() && braille.charAt(k) == '⠣') {
                    louis.append("⠐⠣");
                    open = true;
                    j = k + 1;
                }
                i = j;
            } else if (open && c == '⠜') {
                louis.append("⠐⠜");
                open = false;
                i = j + 1;
            } else {
                louis.append(braille.charAt(i++));
            }
        }
        return t.backTranslate(louis.toString()).replace('\uf321', '^').replace('\uf320', '_');
    }

    @Test
    void aNumberRaisedAfterANumberNeedsNoGrade1IndicatorNorGrouping() {
        // 10^15: the numeric indicator is restated after the level indicator; 15 is one item
        String braille = UEB2.translate(leveled("1015", PrintStyle.SUPERSCRIPT, 2, 4));
        assertThat(braille).isEqualTo("⠼⠁⠚⠔⠼⠁⠑");
        assertThat(readBack(UEB2, braille)).isEqualTo("10^15");
    }

    @Test
    void aSubscriptAfterALetterTakesTheGrade1Indicator() {
        // H2O: ⠢ alone would read as "en" in grade 2
        String braille = UEB2.translate(leveled("H2O", PrintStyle.SUBSCRIPT, 1, 2));
        assertThat(braille).isEqualTo("⠠⠓⠰⠢⠼⠃⠠⠕");
        assertThat(readBack(UEB2, braille)).isEqualTo("H_2O");
        assertThat(UEB1.translate(leveled("H2O", PrintStyle.SUBSCRIPT, 1, 2))).isEqualTo("⠠⠓⠢⠼⠃⠠⠕"); // nothing to misread uncontracted
    }

    @Test
    void squareKilometresReadBackAsTheTablesOwnSuperscriptTwo() {
        String braille = UEB2.translate(leveled("km2", PrintStyle.SUPERSCRIPT, 2, 3));
        assertThat(braille).isEqualTo("⠅⠍⠰⠔⠼⠃");
        assertThat(UEB2.backTranslate(braille)).isEqualTo("km²"); // liblouis itself knows this one
        assertThat(readBack(UEB2, braille)).isEqualTo("km^2");
    }

    @Test
    void aSuperscriptBeforeALetterStartsTheWord() {
        // oxygen-16 written 16O with the mass number raised before the symbol
        String braille = UEB2.translate(leveled("16O", PrintStyle.SUPERSCRIPT, 0, 2));
        assertThat(braille).isEqualTo("⠰⠔⠼⠁⠋⠠⠕");
        assertThat(readBack(UEB2, braille)).isEqualTo("^16O");
    }

    @Test
    void moreThanOneItemIsGroupedAndTheGroupTakesGrade1IndicatorsWhereNeeded() {
        // x^(n+1): grade 1 indicators before the level and the opening group; the 1 sets grade 1 mode for the closing one
        String braille = UEB2.translate(leveled("xn+1", PrintStyle.SUPERSCRIPT, 1, 4));
        assertThat(braille).isEqualTo("⠭⠰⠔⠰⠣⠝⠐⠖⠼⠁⠜");
        assertThat(readBack(UEB2, braille)).isEqualTo("x^(n+1)");
        // 10^-3 (a minus sign and a number): grade 1 mode from the 10 covers all three indicators
        String negative = UEB2.translate(leveled("10\u22123", PrintStyle.SUPERSCRIPT, 2, 4));
        assertThat(negative).isEqualTo("⠼⠁⠚⠔⠣⠐⠤⠼⠉⠜");
        assertThat(readBack(UEB2, negative)).isEqualTo("10^(\u22123)");
    }

    @Test
    void levelsInsideEmphasisAndAfterSpacesAndMarks() {
        // italic "x2 and y2": each raised 2 is its own item; the italic stays one passage of words
        PrintText.Builder b = new PrintText.Builder().append("x2 and y2", PrintStyle.ITALIC);
        b.style(PrintStyle.SUPERSCRIPT, 1, 2).style(PrintStyle.SUPERSCRIPT, 8, 9);
        String braille = UEB1.translate(b.build());
        assertThat(braille).isEqualTo("⠨⠶⠭⠔⠼⠃⠀⠁⠝⠙⠀⠽⠔⠼⠃⠨⠄");
        // a note marker after a superscript stays on the line
        String marked = UEB1.translate(ProsePrint.of(TestScripts.prose("E=mc2.",
                new Span(SpanKind.SUPERSCRIPT, 4, 5, null),
                new Span(SpanKind.NOTEREF, 6, 6, "3"))));
        assertThat(readBack(UEB1, marked)).isEqualTo("E=mc^2.[3]");
    }

    @Test
    void tablesWithoutTheUebLevelMarksKeepTheTextOnTheLineAndSaySo() {
        BrailleTranslator us = BrailleTranslator.open("en-us-g1.ctb", HOME.tables());
        String braille = us.translate(leveled("H2O", PrintStyle.SUBSCRIPT, 1, 2));
        assertThat(braille.chars()).allMatch(c -> c >= 0x2800 && c <= 0x283F);
        assertThat(us.backTranslate(braille)).isEqualTo("H2O");
        assertThat(us.substitutions()).containsExactly(
                "1 superscripts and subscripts are shown on the line: the tables have no level indicators");
    }

    @Test
    void whatIsOneItem() {
        assertThat(LevelIndicators.isOneItem("2")).isTrue();
        assertThat(LevelIndicators.isOneItem("15")).isTrue();
        assertThat(LevelIndicators.isOneItem("1,000.5")).isTrue();
        assertThat(LevelIndicators.isOneItem("(n+1)")).isTrue();
        assertThat(LevelIndicators.isOneItem("th")).isFalse();
        assertThat(LevelIndicators.isOneItem("2+")).isFalse();
        assertThat(LevelIndicators.isOneItem("(a)(b)")).isFalse();
        assertThat(LevelIndicators.isOneItem("(a")).isFalse();
    }
}
